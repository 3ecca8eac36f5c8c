import { describe, expect, it } from 'vitest';
import { unglueHeadings } from './unglue-headings.ts';

describe('unglueHeadings', () => {
  it.each([
    [
      'DutiesSort parcels by route\nRequirementsA valid licence',
      'Duties\nSort parcels by route\nRequirements\nA valid licence',
    ],
    [
      'Intro.\nKEY RESPONSIBILITIESThe driver keeps the log',
      'Intro.\nKEY RESPONSIBILITIES\nThe driver keeps the log',
    ],
    [
      'Wir wachsen.Ihre AufgabenSie planen Touren',
      'Wir wachsen.\nIhre Aufgaben\nSie planen Touren',
    ],
    ['Cuidamos bem. BenefíciosVale transporte', 'Cuidamos bem.\nBenefícios\nVale transporte'],
    [
      'We grow fast.Requirements3+ years in sales',
      'We grow fast.\nRequirements\n3+ years in sales',
    ],
  ])('%j', (glued, lined) => {
    expect(unglueHeadings(glued)).toBe(lined);
  });

  it('leaves words with inner capitals alone', () => {
    const text = 'We use JavaScript, GitHub and PostgreSQL.\nMcKinley Street. Web3 and Python3.';
    expect(unglueHeadings(text)).toBe(text);
  });

  it('stays linear on a megabyte of would-be labels', () => {
    const text = 'Ab.Cd'.repeat(200_000);
    const started = performance.now();
    unglueHeadings(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
