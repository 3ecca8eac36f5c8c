/**
 * URLs each site's job-URL test must match, and must not match. Tests only (adapters.test.ts
 * runs them against both the URL module and the adapter; the fuzzer feeds the matches to the
 * adapters): no runtime file imports this.
 */
export const URL_EXAMPLES: Readonly<Record<string, { match: string[]; noMatch: string[] }>> = {
  linkedin: {
    match: [
      'https://www.linkedin.com/jobs/view/3912345678/',
      'https://au.linkedin.com/jobs/view/senior-platform-engineer-at-acme-4012345678',
      'https://www.linkedin.com/jobs/search/?currentJobId=3998765432&keywords=rust',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3998765432',
      'https://linkedin.com/comm/jobs/view/3912345678?trackingId=abc',
    ],
    noMatch: [
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/search/?keywords=rust&location=Berlin',
      'https://www.linkedin.com/in/some-person/',
      'https://www.linkedin.com/company/acme/jobs/',
      'https://www.linkedin.com.evil.com/jobs/view/3912345678/',
      'https://www.linkedin.com/feed/?currentJobId=3912345678',
    ],
  },
  indeed: {
    match: [
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978&from=serp',
      'https://www.indeed.com/jobs?q=rust+developer&l=Remote&vjk=9a8b7c6d5e4f3a2b',
      'https://ca.indeed.com/rc/clk?jk=abcdef0123456789&fccid=1',
      'https://www.indeed.com/m/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://www.indeed.com/q-rust-developer-l-remote-jobs.html?vjk=9a8b7c6d5e4f3a2b',
      'https://www.indeed.com/cmp/Acme-Robotics/jobs?jk=1a2b3c4d5e6f7a8b',
      'https://de.indeed.com/m/rc/clk?jk=abcdef0123456789',
    ],
    noMatch: [
      'https://www.indeed.com/jobs?q=rust+developer&l=Remote',
      'https://www.indeed.com/career-advice/finding-a-job/how-to-write-a-cover-letter',
      'https://www.indeed.com/career-advice/pay-salary/talk-about-pay-offer?jk=1a2b3c4d5e6f7a8b',
      'https://www.indeed.com/career/software-engineer/salaries?vjk=9a8b7c6d5e4f3a2b',
      'https://www.indeed.com/viewjobs-guide?jk=1a2b3c4d5e6f7a8b',
      'https://www.indeed.com.evil.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://secure.indeed.com/account/login?jk=1a2b3c4d5e6f7a8b',
      'https://www.indeed.com/cmp/Acme/reviews',
    ],
  },
  greenhouse: {
    match: [
      'https://boards.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/7001234002?gh_src=abc',
      'https://job-boards.eu.greenhouse.io/acmeeu/jobs/4400123101',
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=5551234',
      'https://www.acme.com/careers/open-roles?gh_jid=6123456',
    ],
    noMatch: [
      'https://boards.greenhouse.io/acme',
      'https://job-boards.greenhouse.io/acme/jobs',
      'https://boards.greenhouse.io/embed/job_board?for=acme',
      'https://www.greenhouse.io/pricing',
      'https://boards.greenhouse.io.evil.com/acme/jobs/4012345',
      'https://www.acme.com/careers?gh_jid=notanumber',
    ],
  },
  lever: {
    match: [
      'https://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
      'https://jobs.lever.co/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c/apply?lever-source=LinkedIn',
      'https://jobs.eu.lever.co/acmeeu/9f8e7d6c-5b4a-4321-8fed-cba987654321',
    ],
    noMatch: [
      'https://jobs.lever.co/acme',
      'https://jobs.lever.co/acme?team=Engineering',
      'https://www.lever.co/job-seekers/',
      'https://jobs.lever.co.evil.com/acme/0b6a7c2e-1f3d-4e5a-9b8c-7d6e5f4a3b2c',
      'https://jobs.lever.co/acme/not-a-uuid',
    ],
  },
  workday: {
    match: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Senior-Software-Engineer_R-12345',
      'https://acme.wd1.myworkdayjobs.com/AcmeCareers/job/Remote-USA/Data-Analyst_JR100234-1?source=LinkedIn',
      'https://acme.wd12.myworkdayjobs.com/en-US/Careers/details/Staff-Engineer_R999',
      'https://acme.myworkdayjobs.com/External/job/London/Engineer_R1/apply',
      // The job API the page itself calls, opened in a tab.
      'https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/job/Austin-TX/Senior-Software-Engineer_R-12345',
    ],
    noMatch: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/login',
      'https://www.workday.com/en-us/products/talent-management/overview.html',
      'https://acme.wd5.myworkdayjobs.com.evil.com/en-US/External/job/X/Y_R1',
      'https://acme.wd13.myworkdayjobs.com/en-US/External/job/X/Y_R1',
    ],
  },
  ashby: {
    match: [
      'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      'https://jobs.ashbyhq.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d/application',
      'https://jobs.ashbyhq.com/Acme%20Labs/A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D?utm_source=x',
    ],
    noMatch: [
      'https://jobs.ashbyhq.com/acme',
      'https://jobs.ashbyhq.com/acme?departmentId=123',
      'https://www.ashbyhq.com/customers',
      'https://jobs.ashbyhq.com.evil.com/acme/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
    ],
  },
  smartrecruiters: {
    match: [
      'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678-senior-backend-engineer',
      'https://careers.smartrecruiters.com/AcmeCorp/743999987654321-data-analyst?trid=abc',
      'https://jobs.smartrecruiters.com/AcmeCorp/743999912345678',
    ],
    noMatch: [
      'https://jobs.smartrecruiters.com/AcmeCorp',
      'https://careers.smartrecruiters.com/AcmeCorp/',
      'https://www.smartrecruiters.com/resources/',
      'https://jobs.smartrecruiters.com.evil.com/AcmeCorp/743999912345678-senior-backend-engineer',
      'https://jobs.smartrecruiters.com/AcmeCorp/about-us',
    ],
  },
  workable: {
    match: [
      'https://apply.workable.com/acme/j/1A2B3C4D5E/',
      'https://apply.workable.com/acme/j/1A2B3C4D5E/apply/',
      'https://acme.workable.com/jobs/1234567',
      'https://acme.workable.com/j/FA12BC34DE',
    ],
    noMatch: [
      'https://apply.workable.com/acme/',
      'https://www.workable.com/pricing',
      'https://resources.workable.com/jobs/1234567',
      'https://apply.workable.com.evil.com/acme/j/1A2B3C4D5E/',
      'https://acme.workable.com/',
    ],
  },
  icims: {
    match: [
      'https://careers-acme.icims.com/jobs/12345/senior-data-engineer/job',
      'https://careers-acme.icims.com/jobs/12345/senior-data-engineer/job?in_iframe=1',
      'https://uscareers-bigco.icims.com/jobs/6789/job',
    ],
    noMatch: [
      'https://careers-acme.icims.com/jobs/search?ss=1',
      'https://careers-acme.icims.com/jobs/intro',
      'https://www.icims.com/products/talent-cloud/',
      'https://careers-acme.icims.com.evil.com/jobs/12345/senior-data-engineer/job',
    ],
  },
  seek: {
    match: [
      'https://www.seek.com.au/job/81234567',
      'https://www.seek.co.nz/job/81234567?type=standout#sol=abc',
      'https://www.seek.com.au/software-engineer-jobs/in-All-Melbourne-VIC?jobId=81234567',
      'https://id.jobstreet.com/job/81234567',
    ],
    noMatch: [
      'https://www.seek.com.au/software-engineer-jobs/in-All-Melbourne-VIC',
      'https://www.seek.com.au/career-advice/article/how-to-write-a-resume',
      'https://www.seek.com.au/companies/acme-123456/reviews',
      'https://www.seek.com.au.evil.com/job/81234567',
    ],
  },
  // Job boards (issue 21)
  glassdoor: {
    match: [
      'https://www.glassdoor.com/job-listing/senior-data-engineer-acme-robotics-JV_IC1147401_KO0,20_KE21,33.htm?jl=1009345678901',
      'https://www.glassdoor.co.uk/job-listing/night-baker-crust-JV_IC2671300_KO0,11_KE12,17.htm?jl=1009876543210&pos=102',
      'https://www.glassdoor.de/job-listing/JV.htm?jl=1009111222333',
      'https://www.glassdoor.com/Job/austin-data-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,20.htm?jl=1009345678901',
      'https://www.glassdoor.ca/Job/index.htm?jobListingId=1009222333444',
      'https://fr.glassdoor.be/Emploi/bruxelles-comptable-emplois-SRCH_IL.0,9_IC1131395_KO10,19.htm?jl=1009555666777',
    ],
    noMatch: [
      'https://www.glassdoor.com/Job/austin-data-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,20.htm',
      'https://www.glassdoor.com/Reviews/Acme-Robotics-Reviews-E123456.htm?jl=1009345678901',
      'https://www.glassdoor.com/Salaries/data-engineer-salary-SRCH_KO0,13.htm',
      'https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009345678901',
      'https://www.glassdoor.com/employers/',
      'https://www.glassdoor.com.evil.com/job-listing/x-JV_KO0,1.htm?jl=1009345678901',
      'https://glassdoor.example.com/job-listing/x-JV_KO0,1.htm?jl=1009345678901',
    ],
  },
  ziprecruiter: {
    match: [
      'https://www.ziprecruiter.com/c/Acme-Logistics/Job/Forklift-Driver/-in-Dayton,OH?jid=5c2f9a7d1e3b4c6a',
      'https://www.ziprecruiter.com/c/Acme-Logistics/Job/Forklift-Driver?jid=5c2f9a7d1e3b4c6a&lvk=x',
      'https://www.ziprecruiter.com/jobs/acme-logistics-1a2b3c4d/forklift-driver-5e6f7a8b',
      'https://www.ziprecruiter.com/jobs//j?lvk=Qm9hdC1DYXB0YWluLTEyMw',
      'https://www.ziprecruiter.com/jobs-search?search=forklift&location=Dayton%2C+OH&lk=Qm9hdC1DYXB0YWluLTEyMw',
      'https://www.ziprecruiter.co.uk/c/Harbour-Cafe/Job/Barista/-in-Leeds?jid=0a1b2c3d4e5f6a7b',
    ],
    noMatch: [
      'https://www.ziprecruiter.com/jobs-search?search=forklift&location=Dayton%2C+OH',
      'https://www.ziprecruiter.com/jobs/acme-logistics-1a2b3c4d',
      'https://www.ziprecruiter.com/Jobs/Forklift-Driver',
      'https://www.ziprecruiter.com/c/Acme-Logistics/Jobs?jid=5c2f9a7d1e3b4c6a',
      'https://www.ziprecruiter.com/blog/how-to-write-a-resume?lk=abcdef123',
      'https://www.ziprecruiter.com/post-a-job',
      'https://www.ziprecruiter.com.evil.com/c/Acme/Job/Driver/-in-Dayton,OH?jid=5c2f9a7d1e3b4c6a',
    ],
  },
  dice: {
    match: [
      'https://www.dice.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
      'https://www.dice.com/job-detail/3F1C2B7E-8A9D-4E6F-B1C2-D3E4F5A6B7C8?searchlink=search%2F',
      'https://dice.com/job-detail/0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d',
    ],
    noMatch: [
      'https://www.dice.com/jobs?q=python&location=Remote',
      'https://www.dice.com/job-detail/not-a-uuid',
      'https://www.dice.com/company-profile/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
      'https://www.dice.com/hiring/',
      'https://www.dice.com.evil.com/job-detail/3f1c2b7e-8a9d-4e6f-b1c2-d3e4f5a6b7c8',
    ],
  },
  wellfound: {
    match: [
      'https://wellfound.com/jobs/3012345-senior-backend-engineer',
      'https://wellfound.com/company/quiet-labs/jobs/3012345-senior-backend-engineer',
      'https://www.wellfound.com/jobs/3012345-senior-backend-engineer?utm_source=x',
      'https://wellfound.com/jobs/3012345',
    ],
    noMatch: [
      'https://wellfound.com/jobs',
      'https://wellfound.com/jobs?role=engineer&location=remote',
      'https://wellfound.com/company/quiet-labs/jobs',
      'https://wellfound.com/company/quiet-labs',
      'https://wellfound.com/jobs/applications',
      'https://wellfound.com/recruit/overview',
      'https://wellfound.com.evil.com/jobs/3012345-senior-backend-engineer',
    ],
  },
  builtin: {
    match: [
      'https://builtin.com/job/senior-software-engineer/3456789',
      'https://www.builtin.com/job/data-analyst-hybrid/4567890?utm_source=alert',
      'https://builtin.com/job/engineer/backend-engineer/123456',
    ],
    noMatch: [
      'https://builtin.com/jobs',
      'https://builtin.com/jobs/remote/dev-engineering',
      'https://builtin.com/company/quiet-labs/jobs',
      'https://builtin.com/articles/how-to-negotiate-salary',
      'https://builtin.com/job/senior-software-engineer',
      'https://builtin.com.evil.com/job/senior-software-engineer/3456789',
    ],
  },
  // issue 21, second batch
  stepstone: {
    match: [
      'https://www.stepstone.de/stellenangebote--Betriebselektroniker-m-w-d-Hamburg-Kessel-Sohn-GmbH--12345678-inline.html',
      'https://www.stepstone.de/stellenangebote--Lagerhelfer-Bremen--9876543-inline.html?rltr=3_3_25_seorl_m_0_0_0_0_0_0',
      'https://www.stepstone.at/stellenangebote--Koch-Koechin-Graz--11223344-inline.html',
      'https://www.stepstone.be/offres-emploi--Comptable-Namur--22334455-inline.html',
      'https://www.stepstone.nl/vacatures--Planner-Utrecht--33445566-inline.html',
      'https://www.stepstone.de/job/12345678',
      'https://www.totaljobs.com/job/warehouse-supervisor/fernhill-logistics-ltd-job104556677',
      'https://www.cwjobs.co.uk/job/network-engineer/brightwire-solutions-job104112233?source=alert',
      'https://www.caterer.com/job/sous-chef/the-copper-kettle-job104998877',
      'https://www.totaljobs.com/job/104556677',
    ],
    noMatch: [
      'https://www.stepstone.de/jobs/elektroniker/in-hamburg',
      'https://www.stepstone.de/jobs/elektroniker/in-hamburg?radius=30&page=2',
      'https://www.stepstone.de/cmp/de/kessel-sohn-gmbh-123456/jobs',
      'https://www.stepstone.de/magazin/artikel/bewerbung-tipps',
      'https://www.stepstone.de.evil.com/stellenangebote--Koch-Hamburg--12345678-inline.html',
      'https://www.totaljobs.com/jobs/warehouse/in-leeds',
      'https://www.totaljobs.com/job/104556677/application/redirection?JobId=104556677',
      'https://www.totaljobs.com/job/warehouse-supervisor/fernhill-logistics-ltd',
      'https://www.stepstone.de/stellenangebote--12345678-inline.html',
    ],
  },
  personio: {
    match: [
      'https://lindgruen.jobs.personio.de/job/1482213',
      'https://lindgruen.jobs.personio.de/job/1482213?language=en&display=en',
      'https://kessel-sohn.jobs.personio.com/job/2233445?language=de#apply',
    ],
    noMatch: [
      'https://lindgruen.jobs.personio.de/',
      'https://lindgruen.jobs.personio.de/?language=en',
      'https://lindgruen.jobs.personio.de/xml',
      'https://lindgruen.jobs.personio.de/job/1482213/apply?language=en',
      'https://www.personio.de/funktionen/recruiting/',
      'https://lindgruen.personio.de/job/1482213',
      'https://lindgruen.jobs.personio.de.evil.com/job/1482213',
    ],
  },
  teamtailor: {
    match: [
      'https://fjallhus.teamtailor.com/jobs/3301234-product-designer',
      'https://fjallhus.teamtailor.com/jobs/3301234-product-designer?utm_source=linkedin',
      'https://fjallhus.na.teamtailor.com/jobs/3301234',
      'https://fjallhus.teamtailor.com/sv/jobs/3301234-produktdesigner',
    ],
    noMatch: [
      'https://fjallhus.teamtailor.com/jobs',
      'https://fjallhus.teamtailor.com/jobs?department=design',
      'https://fjallhus.teamtailor.com/jobs/3301234-product-designer/applications/new',
      'https://fjallhus.teamtailor.com/people',
      'https://www.teamtailor.com/en/features/career-site/',
      'https://app.teamtailor.com/jobs/3301234',
      'https://fjallhus.teamtailor.com.evil.com/jobs/3301234-product-designer',
    ],
  },
  recruitee: {
    match: [
      'https://molenaar.recruitee.com/o/customer-support-specialist-dutch-speaking',
      'https://molenaar.recruitee.com/o/werkplaatsmonteur-2?source=linkedin',
      'https://molenaar.recruitee.com/l/nl/o/werkplaatsmonteur-2',
    ],
    noMatch: [
      'https://molenaar.recruitee.com/',
      'https://molenaar.recruitee.com/o/werkplaatsmonteur-2/c/new',
      'https://molenaar.recruitee.com/api/offers/',
      'https://recruitee.com/o/werkplaatsmonteur-2',
      'https://app.recruitee.com/o/werkplaatsmonteur-2',
      'https://recruitee.com/articles/hiring-process',
      'https://molenaar.recruitee.com.evil.com/o/werkplaatsmonteur-2',
    ],
  },
  bamboohr: {
    match: [
      'https://prairiewind.bamboohr.com/careers/57',
      'https://prairiewind.bamboohr.com/careers/57?source=aWQ9MTI%3D',
      'https://seedco.bamboohr.com/jobs/view.php?id=12&source=indeed',
    ],
    noMatch: [
      'https://prairiewind.bamboohr.com/careers',
      'https://prairiewind.bamboohr.com/careers/list',
      'https://prairiewind.bamboohr.com/careers/57/detail',
      'https://seedco.bamboohr.com/jobs/',
      'https://seedco.bamboohr.com/employees/employee.php?id=12',
      'https://www.bamboohr.com/careers/57',
      'https://prairiewind.bamboohr.com.evil.com/careers/57',
    ],
  },
};
