/**
 * An invented Workday cxs job answer (tests only): the job, its employing entity and the
 * "similar jobs" Workday lists beside it, which are other roles.
 */
export const WORKDAY_CXS_JOB = {
  jobPostingInfo: {
    id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    title: 'Platform Engineer II',
    jobDescription: [
      '<p><b>About the role</b></p>',
      '<p>We are looking for a platform engineer to keep our build farm quick and calm.</p>',
      '<p><b>What you will need:</b></p>',
      '<ul><li><p>4+ years building services in Kotlin or Rust</p></li>',
      '<li><p>Hands-on experience with Terraform and PostgreSQL</p></li></ul>',
      '<p>The yearly base pay for this role is $118,500 - $143,000.</p>',
      '<p>We are an equal opportunity employer.</p>',
    ].join(''),
    location: 'USA-TX-Austin',
    additionalLocations: ['USA-CO-Denver'],
    postedOn: 'Posted 3 Days Ago',
    startDate: '2031-02-10',
    timeType: 'Full time',
    remoteType: 'Hybrid',
    jobReqId: 'REQ-4471',
    jobPostingId: 'Platform-Engineer-II_REQ-4471',
    jobPostingSiteId: 'Careers',
    externalUrl:
      'https://acme.wd3.myworkdayjobs.com/Careers/job/USA-TX-Austin/Platform-Engineer-II_REQ-4471',
  },
  hiringOrganization: { name: '5120 Acme Cloudworks Inc.', url: '' },
  similarJobs: [
    {
      title: 'Principal Haskell Wizard',
      externalPath: '/job/USA-TX-Austin/Principal-Haskell-Wizard_REQ-4480',
      timeType: 'Full time',
      locationsText: '2 Locations',
      postedOn: 'Posted 9 Days Ago',
    },
  ],
  userAuthenticated: false,
};

/** The answer as a browser shows a JSON address: one <pre>, the HTML in it entity-escaped. */
export function asBrowserJsonView(value: unknown, controls = ''): string {
  const text = JSON.stringify(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `<html><meta content="light dark" name="color-scheme"><meta charset="utf-8"><pre>${text}</pre>${controls}</html>`;
}
