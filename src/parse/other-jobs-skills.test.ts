import { describe, expect, it } from 'vitest';
import { linkedomEnv, parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { parseDocument } from './parse-document.ts';

// A page shows one job and, beside it, cards of other jobs ("similar jobs", "people also
// viewed"): the cards' skills, pay and titles belong to those jobs, not to this one.
const card = (title: string, skills: string) =>
  `<li><div class="base-card"><h3 class="base-aside-card__title">${title}</h3><p>${skills}</p></div></li>`;

const description = `<p>We build the booking system of a ferry line.</p>
  <h3>Requirements</h3><ul><li>3+ years of Python</li><li>Experience with PostgreSQL</li></ul>
  <h3>Nice to have</h3><ul><li>Terraform</li></ul>`;

const skillNames = (html: string, url: string) =>
  parseDocument(parseHtmlLinkedom(html), url, linkedomEnv).skills.map((s) => s.name);

describe("other jobs' skills beside a posting are not its skills", () => {
  it('LinkedIn: the similar-jobs and also-viewed rails', () => {
    const html = `<!DOCTYPE html><html><head><title>Backend Developer - Ferry Co - LinkedIn</title></head><body>
      <main><section class="core-rail">
        <h1 class="top-card-layout__title">Backend Developer</h1>
        <a class="topcard__org-name-link" href="#">Ferry Co</a>
        <section class="description"><div class="show-more-less-html__markup">${description}</div></section>
      </section>
      <section class="right-rail">
        <section class="similar-jobs"><ul>${card('Data Engineer', 'Kafka, Scala and Snowflake')}</ul></section>
        <section class="people-also-viewed"><ul>${card('Frontend Developer', 'React, TypeScript')}</ul></section>
      </section></main></body></html>`;
    const names = skillNames(html, 'https://www.linkedin.com/jobs/view/4000000123/');
    expect(names).toEqual(expect.arrayContaining(['Python', 'PostgreSQL', 'Terraform']));
    for (const other of ['Kafka', 'Scala', 'Snowflake', 'React', 'TypeScript'])
      expect(names).not.toContain(other);
  });

  it('a company page with no site adapter: an aside of other openings', () => {
    const html = `<!DOCTYPE html><html><head><title>Backend Developer | Ferry Co Careers</title></head><body>
      <header><nav><a href="/">Home</a></nav></header>
      <main><article><h1>Backend Developer</h1>${description}</article>
      <aside><h2>Other openings</h2><ul>${card('Mobile Developer', 'Swift, Kotlin')}</ul></aside></main>
      <footer>© Ferry Co</footer></body></html>`;
    const names = skillNames(html, 'https://careers.ferry-co.example/jobs/backend-developer');
    expect(names).toEqual(expect.arrayContaining(['Python', 'PostgreSQL']));
    expect(names).not.toContain('Swift');
    expect(names).not.toContain('Kotlin');
  });
});
