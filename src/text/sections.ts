export type SectionKind =
  | 'required'
  | 'preferred'
  | 'responsibilities'
  | 'benefits'
  | 'compensation'
  | 'about'
  | 'other';

/** A run of lines under one heading. `text` is `input.slice(start, start + text.length)`. */
export interface Section {
  heading: string | null;
  kind: SectionKind;
  text: string;
  start: number;
}

// Rules run on a normalized heading: lower case, apostrophes dropped ("you’ll" and the
// markup-stripped "youll" both become "youll"), everything else non-alphanumeric a space.
// Order matters: "Preferred qualifications" is preferred before "qualifications" is required.
const RULES: ReadonlyArray<readonly [SectionKind, RegExp]> = [
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
const FILLER = new Set(
  'a an and or the our your you we us to for of in on with this that role position job team company what who is are be will youll were skills skill experience qualifications requirements abilities knowledge other additional key core required preferred technical education responsibilities duties benefits perks compensation salary summary overview description information details special minimum basic general relevant essential must'.split(
    ' ',
  ),
);

export function normalizeHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’'‘`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function matchHeading(norm: string): { kind: SectionKind; rest: string } | null {
  for (const [kind, re] of RULES) {
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

interface HeadingHit {
  heading: string;
  kind: SectionKind | null;
  /** Label followed by content on the same line ("Salary: $100k"). */
  inline: boolean;
  strong: boolean;
  bullet: boolean;
}

const BULLET = /^(?:[-*•·▪●◦‣]|\d{1,2}[.)])\s+/;
// Headings are short; longer lines are only checked for an inline label at their start.
const MAX_PLAIN_HEADING = 80;

function isDecor(c: number): boolean {
  return c === 42 || c === 95 || c === 32; // "*", "_", " "
}

function stripDecor(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isDecor(s.charCodeAt(a))) a++;
  while (b > a && isDecor(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Runs of non-space characters (as `split(/\s+/)` without empties would count them). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s.charAt(i)));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function cleanLabel(s: string): string {
  return stripDecor(s).replace(/[*_]+/g, '');
}

function inlineLabel(inner: string, bullet: boolean): HeadingHit | null {
  const colon = inner.indexOf(':');
  if (colon < 2 || colon > 70) return null;
  const head = cleanLabel(inner.slice(0, colon));
  const rest = stripDecor(inner.slice(colon + 1));
  if (rest === '' || wordCount(head) > 7) return null;
  // A whole heading has a kind: the one its rule gives.
  const kind = wholeHeadingKind(head);
  return kind ? { heading: head, kind, inline: true, strong: false, bullet } : null;
}

function detectHeading(raw: string): HeadingHit | null {
  let s = raw.trim();
  if (s === '') return null;
  const md = s.charCodeAt(0) === 35 && /^#{1,6}\s+/.test(s);
  if (md) s = s.replace(/^#{1,6}\s+/, '');
  const bullet = !md && !s.startsWith('**') && BULLET.test(s);
  if (bullet) s = s.replace(BULLET, '');
  // Only a line that is not a bullet can be a whole bold heading.
  const boldWhole = !bullet && /^[*_]{2}/.test(s.slice(0, 2)) && /[*_]{2}:?$/.test(s.slice(-3));
  if ((md || boldWhole) && !bullet && s.length <= 300) {
    const inner = stripDecor(s);
    if (inner !== '' && !(boldWhole && inner.includes('**'))) {
      const label = cleanLabel(inner.replace(/:$/, ''));
      return { heading: label, kind: classifyHeading(label), inline: false, strong: true, bullet };
    }
  }
  if (s.length > MAX_PLAIN_HEADING * 2) return inlineLabel(s.slice(0, 120), bullet);
  const inner = stripDecor(s);
  if (inner === '') return null;
  if (inner.endsWith(':')) {
    const label = cleanLabel(inner.slice(0, -1));
    if (wordCount(label) <= 10) {
      const kind = classifyHeading(label);
      if (bullet && kind === null) return null;
      return { heading: label, kind, inline: false, strong: false, bullet };
    }
  }
  const inline = inlineLabel(inner, bullet);
  if (inline) return inline;
  if (bullet || inner.length > MAX_PLAIN_HEADING || /[.!?,;]$/.test(inner)) return null;
  const label = cleanLabel(inner);
  if (wordCount(label) > 8) return null;
  const kind = wholeHeadingKind(label);
  return kind ? { heading: label, kind, inline: false, strong: false, bullet } : null;
}

/**
 * The kind of a heading phrase that is the whole line, give or take filler ("Key Duties &
 * ..."), or null. (Its kind is what `classifyHeading` gives: the same rule matched.)
 */
function wholeHeadingKind(label: string): SectionKind | null {
  if (label.length > 300) return null;
  const norm = normalizeHeading(label);
  const hit = matchHeading(norm);
  if (!hit) return null;
  if (/^about\b/.test(norm) && wordCount(norm) <= 4) return hit.kind;
  return hit.rest.split(' ').every((w) => w === '' || FILLER.has(w)) ? hit.kind : null;
}

/**
 * Splits normalized posting text into sections by heading lines, markdown/bold headings and
 * inline labels ("Minimum Requirements: ..."). Text before the first heading is one section
 * with a null heading. Never throws; non-string input gives [].
 */
export function splitSections(text: string): Section[] {
  if (typeof text !== 'string' || text === '') return [];
  const sections: Section[] = [];
  let current: Section = { heading: null, kind: 'other', text: '', start: 0 };
  // After a one-line bullet label, the enclosing section resumes on the next line.
  let resume: { heading: string | null; kind: SectionKind } | null = null;
  const open = (start: number, heading: string | null, kind: SectionKind) => {
    current.text = text.slice(current.start, start);
    if (current.text.trim() !== '') sections.push(current);
    current = { heading, kind, text: '', start };
  };
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const hit = detectHeading(text.slice(pos, end));
    if (hit) {
      const enclosing = { heading: current.heading, kind: current.kind };
      let kind = hit.kind;
      if (kind === null) {
        const sub = !hit.strong && wordCount(hit.heading) <= 3;
        const inList = resume ?? enclosing;
        kind =
          sub && (inList.kind === 'required' || inList.kind === 'preferred')
            ? inList.kind
            : 'other';
      }
      open(pos, hit.heading, kind);
      resume = hit.inline && hit.bullet ? (resume ?? enclosing) : null;
    } else if (resume && text.slice(pos, end).trim() !== '') {
      open(pos, resume.heading, resume.kind);
      resume = null;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  open(text.length, null, 'other');
  return sections;
}
