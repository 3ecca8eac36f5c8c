/**
 * Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("â€”" for "—").
 * Real postings carry this damage (see seed 002), and a broken dash between two numbers is
 * the difference between a salary range and two stray figures.
 */

// Windows-1252 bytes 0x80..0x9F map to these code points; everything else is Latin-1.
const CP1252_HIGH = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

function toCp1252Byte(ch: string): number | null {
  const code = ch.codePointAt(0) ?? -1;
  if (code >= 0 && code <= 0xff) return code;
  return CP1252_HIGH.get(code) ?? null;
}

// A lead byte of a 2..4 byte UTF-8 sequence (as Latin-1) followed by continuation-looking
// characters. Bounded quantifier: linear time on any input.
const SUSPECT =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]{1,3}/g;

const decoder = new TextDecoder('utf-8', { fatal: true });

function repairRun(run: string): string {
  const bytes: number[] = [];
  for (const ch of run) {
    // U+FFFD stands for an undefined cp1252 byte (0x81, 0x8d, 0x8f, 0x90, 0x9d); "â€\uFFFD" is
    // almost always a right double quote (0x9d).
    const b = ch === '\ufffd' ? 0x9d : toCp1252Byte(ch);
    if (b === null) return run;
    bytes.push(b);
  }
  try {
    const fixed = decoder.decode(new Uint8Array(bytes));
    return fixed.length < run.length ? fixed : run;
  } catch {
    return run;
  }
}

export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(SUSPECT, repairRun);
}
