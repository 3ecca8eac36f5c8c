import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { fieldsFromApiJson } from './api-json.ts';
import { workdayCompanyName } from './api-workday.ts';
import { WORKDAY_CXS_JOB } from './workday-cxs-fixture.ts';

describe('Workday cxs job answer', () => {
  it('reads the job, not the similar jobs beside it', () => {
    const { kind, fields } = fieldsFromApiJson(WORKDAY_CXS_JOB, linkedomEnv);
    expect(kind).toBe('workday');
    expect(fields).toMatchObject({
      source: 'api',
      title: 'Platform Engineer II',
      company: 'Acme Cloudworks Inc.',
      jobId: 'REQ-4471',
      locations: ['USA-TX-Austin', 'USA-CO-Denver'],
      employmentType: 'full_time',
      workplace: 'hybrid',
    });
    expect(fields?.descriptionText).toContain(
      '• Hands-on experience with Terraform and PostgreSQL',
    );
    expect(fields?.descriptionText).toContain('$118,500 - $143,000');
    expect(fields?.descriptionText).not.toContain('Haskell');
  });

  it('takes the id from the posting slug when no requisition id is given', () => {
    const { jobReqId: _, ...info } = WORKDAY_CXS_JOB.jobPostingInfo;
    const { fields } = fieldsFromApiJson({ jobPostingInfo: info }, linkedomEnv);
    expect(fields?.jobId).toBe('REQ-4471');
    expect(fields?.company).toBeNull();
  });

  it('is not taken for a job list answer or an answer without a description', () => {
    const list = { total: 1, jobPostings: [{ title: 'Cook', externalPath: '/job/X/Cook_R1' }] };
    expect(fieldsFromApiJson(list, linkedomEnv).kind).toBe('unknown');
    const bare = { jobPostingInfo: { title: 'Cook' } };
    expect(fieldsFromApiJson(bare, linkedomEnv).kind).toBe('unknown');
  });
});

describe('workdayCompanyName', () => {
  it.each([
    ['5120 Acme Cloudworks Inc.', 'Acme Cloudworks Inc.'],
    ['310 - Beispiel Logistik GmbH', 'Beispiel Logistik GmbH'],
    ['77120 Northwind Traders, LLC', 'Northwind Traders, LLC'],
    // No legal entity after the number: the number is part of the name.
    ['180 Degrees Consulting', '180 Degrees Consulting'],
    ['404 Studio', '404 Studio'],
    // Two digits are too few for a company code.
    ['42 Widgets Ltd', '42 Widgets Ltd'],
    ['Acme Cloudworks Inc.', 'Acme Cloudworks Inc.'],
    ['  ', null],
    [null, null],
  ])('%j -> %j', (raw, expected) => {
    expect(workdayCompanyName(raw)).toBe(expected);
  });
});
