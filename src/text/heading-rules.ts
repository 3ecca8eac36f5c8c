import type { SectionKind } from './sections.ts';

// Rules run on a normalized heading: lower case, apostrophes dropped ("you’ll" and the
// markup-stripped "youll" both become "youll"), everything else non-alphanumeric a space.
// Order matters: "Preferred qualifications" is preferred before "qualifications" is required.
export const RULES: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['preferred', /\b(nice|good|great) to haves?\b|\bnice haves?\b/],
  [
    'preferred',
    /^(preferred|desired|desirable|bonus|pluses|plus|optional|ideally|extra credit|even better|brownie points|added bonus|its a plus|it would be (great|nice)|would be (great|nice)|wed love)\b/,
  ],
  ['preferred', /^ideal (skills|experience|qualifications|profile|background)\b/],
  [
    'preferred',
    /\b(preferred|desired|desirable|bonus|optional) (qualifications?|skills?|requirements?|experience|knowledge|points?|competencies)\b/,
  ],
  ['preferred', /\b(is|are|be) a (big |huge )?plus\b|\bpluses\b|\bbonus points?\b/],
  [
    'required',
    /^(the )?ideal candidate\b|\bfit right in\b|^(about|who) you\b|^(you|youll|you will) (have|are|bring|should|must|need)\b/,
  ],
  [
    'required',
    /^(is this you|are you|what makes you|you might be|you may be|this might be you|your (profile|skills|background|experience|qualifications|toolkit))\b/,
  ],
  [
    'other',
    /\b(tech|technology|technical) stack\b|\b(our|the) stack\b|^stack\b|\b(tools|technologies|tech) we use\b/,
  ],
  [
    'compensation',
    /\b(salary|salaries|compensation|pay range|pay ranges|pay transparency|pay scale|base pay|hourly rate|remuneration|wages?|pay)\b/,
  ],
  [
    'benefits',
    /\b(benefits|perks|what we offer|we offer|what (youll|you will|you) get|in return|whats in it for you|(youll|you will) (love|enjoy)|why (join|work|you)|weve got you covered|rewards|time off|wellbeing)\b/,
  ],
  ['responsibilities', /\b(responsibilities|responsibility|duties|accountabilities)\b/],
  [
    'responsibilities',
    /^(what (youll|you will|you) (do|be doing|work on|achieve)|(your|the) role|about (the|this) (role|job|position)|the position|(role|position|job) (overview|summary|description)|the opportunity|(what )?your impact|in this role|day to day|a day in the life|how (youll|you will) spend|(youll|you will) help|(youll|you will)$|your (mission|day|tasks|responsibilities)|the job|the work|the challenge|example projects|impact)\b/,
  ],
  [
    'about',
    /^(about|who we are|what we value|our (company|mission|story|values|culture|commitment|team|vision|purpose|promise)|company (description|overview|profile)|the (company|team)|life at|working at|join us)\b/,
  ],
  [
    'about',
    /\b(equal (opportunity|employment)|eeo|diversity|inclusion|non discrimination|accommodations?|affirmative action)\b/,
  ],
  ['required', /\b(requirements?|qualifications?|must haves?|prerequisites|competencies)\b/],
  [
    'required',
    /^(what (were|we are|we re) (looking for|seeking)|what we look for|what (youll|you will|you) (need|bring)|what we (need|expect)|what it takes|who (were|we are) looking for|(were|we are) looking for|looking for|skills?|skill set|skillset|(technical|key|core|essential) skills|essential|experience|education|knowledge|profile|minimum|basic|required|must|you should have|to be successful)\b/,
  ],
  [
    'other',
    /^((job )?description|(an )?overview|summary|(the )?details|additional (information|details)|how we work|the way we work|(the )?interview|(our )?(hiring|interview) process|next steps|how to apply|onboarding)\b/,
  ],
];

// Words a heading may carry beyond the phrase that classified it ("Key Duties & Responsibilities").
export const FILLER: ReadonlySet<string> = new Set(
  'a an and or the our your you we us to for of in on with this that role position job team company what who is are be will youll were skills skill experience qualifications requirements abilities knowledge other additional key core required preferred technical education responsibilities duties benefits perks compensation salary summary overview description information details special minimum basic general relevant essential must'.split(
    ' ',
  ),
);

/**
 * Every word a rule can match: the letter runs of its source, and each without its last
 * letter where a "?" follows it ("haves?"). Every match of a rule is whole words of a
 * normalized heading (each alternative is bounded by "^", "$" or "\b"), so a heading with a
 * word that is neither one of these nor filler cannot be a whole heading: no rule need run.
 */
function wordsOfRule(re: RegExp): string[] {
  const source = re.source.replace(/\\[bs]/g, ' ');
  const words: string[] = [];
  for (const m of source.matchAll(/[a-z0-9]+(\?)?/g)) {
    const run = m[0].replace('?', '');
    words.push(run);
    if (m[1]) words.push(run.slice(0, -1));
  }
  return words;
}

export const RULE_WORDS: ReadonlySet<string> = new Set(RULES.flatMap(([, re]) => wordsOfRule(re)));

/**
 * For each rule word, one bit per rule that has it. A rule whose bit no word of a heading
 * carries cannot match it (its matches are its own words), so it is not run.
 */
const RULE_BITS = new Map<string, number>();
RULES.forEach(([, re], i) => {
  for (const w of wordsOfRule(re)) RULE_BITS.set(w, (RULE_BITS.get(w) ?? 0) | (1 << i));
});

/** The rules that may match a normalized heading, as bits. */
function rulesFor(norm: string): number {
  let bits = 0;
  let from = 0;
  while (from < norm.length) {
    let to = norm.indexOf(' ', from);
    if (to < 0) to = norm.length;
    bits |= RULE_BITS.get(norm.slice(from, to)) ?? 0;
    from = to + 1;
  }
  return bits;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Apostrophes a heading drops ("you’ll" -> "youll"): ’ ' ‘ ` ʼ. */
const isApostrophe = (c: number) =>
  c === 0x2019 || c === 39 || c === 0x2018 || c === 96 || c === 0x2bc;

/**
 * Lower case, apostrophes dropped ("you’ll" and the markup-stripped "youll" both become
 * "youll"), every other run of characters outside [a-z0-9] one space, trimmed.
 */
export function normalizeHeading(line: string): string {
  const lower = line.toLowerCase();
  let out = '';
  let from = -1;
  let gap = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isAsciiAlnum(c)) {
      if (from < 0) {
        if (gap && out !== '') out += ' ';
        gap = false;
        from = i;
      }
      continue;
    }
    if (from >= 0) {
      out += lower.slice(from, i);
      from = -1;
    }
    if (!isApostrophe(c)) gap = true;
  }
  return out;
}

/** The first rule a normalized heading matches, and the heading without the matched words. */
export function matchHeading(norm: string): { kind: SectionKind; rest: string } | null {
  const bits = rulesFor(norm);
  for (let i = 0; i < RULES.length; i++) {
    if ((bits & (1 << i)) === 0) continue;
    const [kind, re] = RULES[i] as readonly [SectionKind, RegExp];
    const m = re.exec(norm);
    if (m) return { kind, rest: `${norm.slice(0, m.index)} ${norm.slice(m.index + m[0].length)}` };
  }
  return null;
}

/** The kind a heading names ("What you’ll need" -> required), or null if it names none. */
export function classifyHeading(line: string): SectionKind | null {
  if (typeof line !== 'string' || line.length > 300) return null;
  return matchHeading(normalizeHeading(line))?.kind ?? null;
}

/** Whether every word of a normalized heading is filler or a word some rule can match. */
function onlyHeadingWords(norm: string): boolean {
  let from = 0;
  while (from < norm.length) {
    let to = norm.indexOf(' ', from);
    if (to < 0) to = norm.length;
    const w = norm.slice(from, to);
    if (!FILLER.has(w) && !RULE_WORDS.has(w)) return false;
    from = to + 1;
  }
  return true;
}

/**
 * The kind of a heading phrase that is the whole line, give or take filler ("Key Duties &
 * ..."), or null. (Its kind is what `classifyHeading` gives: the same rule matched.)
 */
export function wholeHeadingKind(label: string): SectionKind | null {
  if (label.length > 300) return null;
  const norm = normalizeHeading(label);
  // "About Acme Health": a short "about" line is a heading whatever its other words.
  const about = norm.startsWith('about') && (norm.length === 5 || norm.charCodeAt(5) === 32);
  if (about && norm.split(' ').length <= 4) return matchHeading(norm)?.kind ?? null;
  if (!onlyHeadingWords(norm)) return null;
  const hit = matchHeading(norm);
  if (!hit) return null;
  return hit.rest.split(' ').every((w) => w === '' || FILLER.has(w)) ? hit.kind : null;
}
