/**
 * Hand-written texts for the detector tests, one per kind of page. Our own words; none of
 * them comes from the measuring corpus.
 */

export const POSTING_WITH_SECTIONS = `Backend Engineer, Billing
Lantern Payments · Lisbon, Portugal (Hybrid)

About the role
We are looking for a backend engineer to own the invoicing service. You will design APIs and you'll pair with our finance team.

Responsibilities
• Build and run the invoicing pipeline
• Keep the ledger correct under load

Requirements
• 4+ years of professional backend experience
• Go or Java in production

Benefits
• 25 days of holiday
• Learning budget

Lantern is an equal opportunity employer. Apply now with your CV.`;

export const HIRING_THREAD_POST = `Fjordline Analytics | Data Engineer | Oslo or REMOTE (EU) | Full-time | €80k-€95k
We turn ferry sensor data into arrival forecasts. We're looking for a data engineer who likes streaming systems and boats.
Stack: Python, Kafka, Postgres. To apply, email jobs at our domain with a short note.`;

export const POSTING_WITH_FUNDING_BLURB = `Senior Frontend Developer
About us: Orchard raised a $40M Series B led by Greenfield Ventures last spring, with participation from our earlier investors.
What you'll do
• Build the grower dashboard in React
• You will own accessibility
What we're looking for
• 5+ years of frontend experience
Full-time, remote within the EU. Orchard is an equal opportunity employer.`;

export const CAREERS_LISTING = `Careers at Northwind
Join our team! We currently have 12 open positions.
Senior Software Engineer, Payments
Berlin, Germany
Staff Engineer, Platform
Remote
Product Manager, Growth
London, UK
Data Analyst
Berlin, Germany
Product Designer
Remote
Engineering Manager, Mobile
Amsterdam, Netherlands
Site Reliability Engineer
Remote
Technical Writer
Berlin, Germany
QA Engineer
Warsaw, Poland
Customer Success Manager
Dublin, Ireland
View all jobs`;

export const SALARY_SURVEY = `How much do developers earn in 2024?
We surveyed 12,000 respondents across 40 countries. The median salary for a backend developer in the United States was $145,000, while the median in Germany was €68,000.
In this analysis we look at pay by country and by years of experience.
Chart 2 shows the distribution; the 90th percentile in Switzerland reached CHF 160,000.
Average salary by language: Rust developers reported the highest pay, followed by Go.
Key findings: experience matters more than the language you write.`;

export const FUNDING_NEWS = `Harbor AI raises $60 million Series C to expand its logistics platform
SAN FRANCISCO, March 3 — Harbor AI announced today that it has raised $60 million in a Series C funding round led by Blue Meadow Capital, with participation from existing investors.
The investment brings Harbor's total funding to $110 million and values the company at $900 million.
The company said it will be hiring across engineering and sales and plans to double its headcount. Interested candidates can view open positions on its website.`;

export const RESUME_TEXT = `Jordan Example
jordan@example.org · +1 555 010 2030 · Portland, OR

Summary
I am a backend engineer with eight years of experience building payment systems.

Experience
Senior Software Engineer, Tidewater Bank — 2019 – Present
I led the migration of the ledger to Postgres and built the reconciliation service.
Software Engineer, Quay Shipping — 2016 – 2019
I developed tracking APIs in Java.
Junior Developer, Pier Studio — 2014 – 2016

Education
B.Sc. Computer Science, Riverside University, 2010 – 2014

Skills
Java, Go, Postgres, Kafka`;

export const TECH_BLOG = `Why we moved our build system to Bazel
Last year our monorepo builds took forty minutes. This post explains how we cut that to six.
First, we measured where the time went: mostly in repeated test runs.
Then we introduced remote caching and split the largest packages.
The result: faster feedback and happier developers. Thanks for reading!`;

export const SALARY_ESTIMATE_PAGE = `Data Engineer salaries in Toronto
The estimated total pay for a Data Engineer is CA$112,000 per year, based on 1,240 salaries submitted anonymously.
Reported salaries range from CA$85,000 to CA$150,000.
Top paying companies: Maple Bank CA$140,000 · Loonie Soft CA$131,000
Compare pay by city: Montreal CA$98,000 · Vancouver CA$118,000`;

export const SHORT_FUNDING_NEWS = `Kelp Robotics raises €12M to farm seaweed with drones
The Oslo start-up closes a €12M round backed by Tidal Ventures and two angel investors.
Founder Ingrid Sol said the money goes into hiring and new farms.`;

export const RESUME_NUMERIC_DATES = `Priya Example — Product Designer
Work Experience
Senior Product Designer, Loom & Weft
03/2021 – Present
Product Designer, Cartwheel
06/2018 – 02/2021
Education
MA Interaction Design, 09/2016 – 06/2018
Skills
Figma, user research, prototyping`;
