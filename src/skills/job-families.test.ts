import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract.ts';

const names = (text: string) => extractSkills(text).map((s) => s.name);
const importanceOf = (text: string) =>
  Object.fromEntries(extractSkills(text).map((s) => [s.name, s.importance]));

describe('skills of job families beyond software', () => {
  it('a nurse: licence and life-support certifications', () => {
    const text = `Night Shift Registered Nurse - Cardiac Step-Down

What you will do
- Care for up to five patients on a telemetry floor

Requirements
- Active registered nurse license in the state, or a compact license
- Current BLS and ACLS certification
- Valid driver's licence for travel between our two clinics`;
    expect(importanceOf(text)).toMatchObject({
      'RN license': 'required',
      'BLS certification': 'required',
      ACLS: 'required',
      "Driver's license": 'required',
    });
  });

  it('a truck driver: CDL class, endorsements and a forklift card', () => {
    const text = `Regional Tanker Driver

Qualifications:
- Class A CDL with at least two years of tractor-trailer experience
- Hazmat endorsement, or able to obtain it within 60 days
- Forklift certified is a plus`;
    expect(importanceOf(text)).toMatchObject({
      'CDL Class A': 'required',
      'Hazmat endorsement': 'required',
      'Forklift certification': 'preferred',
    });
  });

  it('an accountant: designation and office tools, vendor names optional', () => {
    const text = `Senior Accountant

Requirements
- Certified Public Accountant preferred
- Expert in Intuit QuickBooks and Excel (pivot tables, lookups)
- Proficient in Word, Outlook and PowerPoint`;
    const found = names(text);
    for (const name of ['CPA', 'QuickBooks', 'Excel', 'Microsoft Word', 'Microsoft Outlook']) {
      expect(found).toContain(name);
    }
    expect(found).toContain('PowerPoint');
  });

  it('a designer: creative tools from the taxonomy layer', () => {
    const text = `Motion Designer

You have:
- 3+ years with Adobe After Effects and Premiere Pro
- Comfortable in Figma and Adobe Illustrator`;
    expect(names(text)).toEqual(
      expect.arrayContaining(['After Effects', 'Premiere Pro', 'Figma', 'Illustrator']),
    );
  });

  it('an electrician: trade licence and safety card', () => {
    const text = `Commercial Electrician

Must have:
- Journeyman electrician license
- OSHA 30-hour card
- Reliable transportation and a valid drivers license`;
    expect(importanceOf(text)).toMatchObject({
      'Journeyman Electrician license': 'required',
      'OSHA 30': 'required',
      "Driver's license": 'required',
    });
  });
});

describe('ordinary words that are also product names', () => {
  it('reads "Word", "Teams", "Project" as prose outside a tools context', () => {
    const text = `About the team
Word of mouth brought most of our clients. Teams across the company plan each Project together,
and Access to the building is badge only.`;
    const found = names(text);
    for (const name of ['Microsoft Word', 'Microsoft Teams', 'Microsoft Project']) {
      expect(found).not.toContain(name);
    }
    expect(found).not.toContain('Microsoft Access');
  });

  it('reads them as the products in a list of tools or with the vendor named', () => {
    expect(names('Tools: Word, Excel, Outlook, Teams')).toEqual(
      expect.arrayContaining(['Microsoft Word', 'Excel', 'Microsoft Outlook', 'Microsoft Teams']),
    );
    expect(names('You will use the Microsoft suite daily, mostly Word and Project.')).toEqual(
      expect.arrayContaining(['Microsoft Word', 'Microsoft Project']),
    );
  });

  it('keeps social platforms out of a "follow us" line, in for a social media role', () => {
    expect(names('Follow us on LinkedIn and Instagram for news.')).toEqual([]);
    expect(names('Grow our social media presence on LinkedIn, Instagram and TikTok.')).toEqual(
      expect.arrayContaining(['LinkedIn', 'Instagram', 'TikTok']),
    );
  });
});

describe('office and business suites', () => {
  it('a suite named with its vendor is the specific product, not also the bare vendor', () => {
    const found = names(`Support Specialist

Requirements
- Two years handling cases in Salesforce Service Cloud
- Payroll runs in ADP Workforce Now (WFN) or Paylocity`);
    expect(found).toEqual(
      expect.arrayContaining(['Salesforce Service Cloud', 'ADP Workforce Now', 'Paylocity']),
    );
    expect(found).not.toContain('Salesforce');
  });

  it('office suites by their short names, forms and work-management tools', () => {
    const found = names(`Office Coordinator

Requirements
- Daily use of MS365 and Typeform or Google Forms
- Track requests in Wrike and Adobe Workfront`);
    expect(found).toEqual(
      expect.arrayContaining([
        'Microsoft Office',
        'Typeform',
        'Google Forms',
        'Wrike',
        'Adobe Workfront',
      ]),
    );
  });

  it('a suite name glued by scraping to the next line still counts', () => {
    expect(names("Skills: budgeting and MS OfficeAssociate's degree required")).toContain(
      'Microsoft Office',
    );
  });

  it('"Premiere" is the video editor only beside other tools', () => {
    expect(names('Tools: Photoshop, Premiere and AfterEffects')).toEqual(
      expect.arrayContaining(['Premiere Pro', 'After Effects']),
    );
    expect(names('Join us for the premiere of our new store.')).toEqual([]);
  });

  it('"X" is the social platform in a list of them, not a letter', () => {
    expect(names('Run our social media channels (Facebook, TikTok, X).')).toContain('Twitter');
    expect(names('Requirements: X years of experience in retail')).toEqual([]);
  });
});

describe('importance: the strongest section a skill appears in decides', () => {
  it('a skill first named in the duties and then asked for is required', () => {
    const text = `Backend Engineer

What you'll do
- Write services in Go and run them on Kubernetes

Requirements
- 5+ years of production Go`;
    expect(importanceOf(text)).toMatchObject({ Go: 'required', Kubernetes: 'mentioned' });
  });

  it('a licence named in the duties and then under preferred is preferred', () => {
    const text = `Warehouse Associate

Responsibilities
- Move pallets safely; forklift certification provided on site

Preferred
- Forklift license`;
    expect(importanceOf(text)).toMatchObject({ 'Forklift certification': 'preferred' });
  });
});
