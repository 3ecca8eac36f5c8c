import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract.ts';

const names = (text: string) => extractSkills(text).map((s) => s.name);

// [text, must find, must not find]. Written for these tests, modelled on sales-ops postings.
type Case = [string, string[], string[]];

describe('extractSkills: CRM and workflow-automation platforms', () => {
  it.each<Case>([
    [
      'You will connect amoCRM (now Kommo) to our chat bots and build flows in n8n.',
      ['Kommo', 'n8n'],
      [],
    ],
    [
      'Hands-on with Pipedrive, Zoho CRM or Bitrix24 pipelines.',
      ['Pipedrive', 'Zoho CRM', 'Bitrix24'],
      [],
    ],
    ['Migrated our deals from Freshsales to HubSpot CRM.', ['Freshsales', 'HubSpot'], []],
    [
      'Scenarios in Make (formerly Integromat), Zapier or Pipedream.',
      ['Make', 'Zapier', 'Pipedream'],
      [],
    ],
    ['Email journeys in ActiveCampaign and Keap (Infusionsoft).', ['ActiveCampaign', 'Keap'], []],
    ['Boards in monday.com and an ERP on Odoo.', ['Monday.com', 'Odoo'], []],
    ['Prior admin work in SugarCRM, SuiteCRM or Vtiger.', ['SugarCRM', 'SuiteCRM', 'Vtiger'], []],
    [
      'Agency clients live in GoHighLevel; we prospect with Apollo.io.',
      ['GoHighLevel', 'Apollo.io'],
      [],
    ],
    // Ordinary words that some CRMs are named after stay words.
    [
      'Keep in close contact with clients, run an active campaign and mind the copper wiring.',
      [],
      ['Close CRM', 'ActiveCampaign', 'Copper CRM', 'Keap'],
    ],
    ['See you on Monday; make a high-level plan.', [], ['Monday.com', 'Make', 'GoHighLevel']],
    // A point-of-sale product named by a common French word ("y compris": including).
    [
      'Déplacements fréquents, y compris à l’étranger. Compris dans le forfait : les repas.',
      [],
      ['Compris'],
    ],
    ['Restaurant POS systems: Compris, Micros, Toast.', ['Compris'], []],
  ])('%j', (text, found, absent) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of absent) expect(got, n).not.toContain(n);
  });
});
