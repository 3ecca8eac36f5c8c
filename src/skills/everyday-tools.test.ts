import { describe, expect, it } from 'vitest';
import { findSkill } from './catalog.ts';
import { extractSkills } from './extract.ts';

const names = (text: string) => extractSkills(text).map((s) => s.name);

// [text, must find, must not find]. Written for these tests, modelled on posting phrasing.
type Case = [string, string[], string[]];

describe('everyday tools (meeting, messaging, browsing, file sharing)', () => {
  it('are flagged by the generated layer from their taxonomy class', () => {
    for (const name of ['Zoom', 'Google Meet', 'Dropbox', 'Google Drive', 'Mozilla Firefox']) {
      expect(findSkill(name)?.everyday, name).toBe(true);
    }
    // Office suites are asked for ("Word, Excel"): not everyday in this sense.
    expect(findSkill('Microsoft Word')?.everyday).toBeUndefined();
  });

  it.each<Case>([
    ['Every interview for this role takes place over Google Meet.', [], ['Google Meet']],
    ['Please dress smartly for your Zoom call with the panel.', [], ['Zoom']],
    [
      'Upload your CV\nAttach\nDropbox\nGoogle Drive\nEnter manually\nAccepted types: pdf',
      [],
      ['Dropbox', 'Google Drive'],
    ],
    ['Readers on Mozilla Firefox should download the form first.', [], ['Mozilla Firefox']],
    ['Familiarity with Slack and Zoom for remote teamwork.', ['Slack', 'Zoom'], []],
    ['Tools: Zoom, Google Meet', ['Zoom', 'Google Meet'], []],
    ['- Dropbox\n- Google Drive', ['Dropbox', 'Google Drive'], []],
    ['Daily work in Jira, Confluence, Slack and Dropbox.', ['Jira', 'Slack', 'Dropbox'], []],
  ])('%s', (text, found, notFound) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of notFound) expect(got, n).not.toContain(n);
  });
});

describe('names that are ordinary words elsewhere', () => {
  it.each<Case>([
    // Italian, Spanish, Portuguese: "informatica" is the field of study.
    ['Laurea magistrale in Informatica o Ingegneria Informatica.', [], ['Informatica']],
    ['ETL pipelines built with Informatica and Snowflake.', ['Informatica', 'Snowflake'], []],
    // "EMR": the electronic medical record, in a clinic.
    ['Charting in the EMR after each patient visit.', [], ['Amazon EMR']],
    ['Batch jobs on PySpark, EMR and Airflow.', ['Amazon EMR', 'Airflow'], []],
    // A vendor-cut short form ending in a role is a job title.
    [
      'You will serve as the SQL Developer of a small reporting team.',
      [],
      ['Oracle SQL Developer'],
    ],
  ])('%s', (text, found, notFound) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of notFound) expect(got, n).not.toContain(n);
  });
});
