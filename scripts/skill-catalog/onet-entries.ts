import type { DraftEntry } from './draft-entry.ts';
import {
  CLASS_NOUNS,
  cleanLabel,
  endsInRole,
  isAcronym,
  isNameShaped,
  MAX_WORDS,
  splitAcronym,
  wordsOf,
} from './name-rules.ts';

/** UNSPSC commodity titles (O*NET "Commodity Title") to catalog categories; default "tool". */
const CATEGORY_BY_COMMODITY: ReadonlyArray<readonly [RegExp, string]> = [
  [/data base|database/i, 'database'],
  [/operating system/i, 'platform'],
  [/program testing/i, 'testing'],
  [/configuration management/i, 'devops'],
  [/security|virus|firewall/i, 'security'],
  [/analytical or scientific|business intelligence|data mining/i, 'data'],
  [/cloud-based/i, 'cloud'],
];

/**
 * Commodities everyone uses to meet, message, browse or share files: their products (Zoom,
 * Slack, Chrome, Dropbox) are named in postings as means ("interviews on Zoom", an upload
 * form's "Dropbox") far more often than asked for. Office suites are not among them: "Word,
 * Excel" is asked for.
 */
const EVERYDAY_COMMODITY =
  /electronic mail|internet browser|calendar and scheduling|conferencing|cloud-based data access and sharing|desktop communications|instant messaging|messaging service/i;

/**
 * Commodities of office and business work (people and pay, money, customers, documents,
 * design and video, projects, forms and surveys): their products are asked for by brand in
 * postings of every job family, while O*NET lists many of them for one or two occupations
 * only ("Salesforce Marketing Cloud", "Wrike"). A named product of these is kept below the
 * occupation count.
 */
const BUSINESS_COMMODITY =
  /human resources|time accounting|accounting|customer relationship|sales and marketing|office suite|word processing|spreadsheet|presentation|graphics or photo|video creation|desktop publishing|project management|document management|helpdesk|contact center|tax preparation|point of sale|financial analysis|procurement|web page creation|cloud-based data access/i;

/** "MEDITECH software": the software of the name before it. */
const TRAILING_SOFTWARE = /\ssoftware$/i;

/** A first word that starts at least this many distinct product names is a vendor. */
const VENDOR_MIN_PRODUCTS = 3;

interface Stats {
  occupations: Set<string>;
  hot: boolean;
  inDemand: boolean;
  commodity: Map<string, number>;
}

function categoryOf(commodity: string): string {
  for (const [re, category] of CATEGORY_BY_COMMODITY) if (re.test(commodity)) return category;
  return 'tool';
}

/** Leading capitalised words of a name: its one- and two-word prefixes ("Red", "Red Hat"). */
function prefixes(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let n = 1; n <= 2 && n < words.length; n++) {
    if (!/^[A-Z]/.test(words[n - 1] ?? '')) break;
    out.push(words.slice(0, n).join(' '));
  }
  return out;
}

/**
 * Vendor names: a leading word that starts at least VENDOR_MIN_PRODUCTS distinct product
 * names, or two leading words when they start at least a third of the first word's names ("Red
 * Hat", "Dassault Systemes", "The MathWorks"; not "Microsoft Visual").
 */
export function vendorsOf(names: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const name of names) {
    for (const p of prefixes(wordsOf(name))) count.set(p, (count.get(p) ?? 0) + 1);
  }
  const vendors = new Set<string>();
  for (const [prefix, n] of count) {
    const words = wordsOf(prefix);
    if (n < VENDOR_MIN_PRODUCTS) continue;
    const first = count.get(words[0] ?? '') ?? 0;
    if (words.length === 2 && n * 3 >= first) vendors.add(prefix);
    if (words.length !== 1) continue;
    const longer = [...count].some(([p, m]) => p.startsWith(`${prefix} `) && m * 3 >= n);
    if (!longer) vendors.add(prefix);
  }
  return vendors;
}

/** A product listed for this many occupations is widely used; so are its vendor's others. */
const WIDELY_USED = 20;
/** Below the occupation count, only short names: long ones are niche editions and modules. */
const MAX_NICHE_WORDS = 3;

/**
 * Vendors of a widely used product (one hot, or listed for WIDELY_USED occupations: Adobe,
 * ADP, Salesforce): their other products are named in postings too, however few occupations
 * O*NET lists them for.
 */
function majorVendors(
  stats: ReadonlyMap<string, Stats>,
  vendors: ReadonlySet<string>,
  plain: (phrase: string) => boolean,
) {
  const major = new Set<string>();
  for (const [example, s] of stats) {
    if (!s.hot && s.occupations.size < WIDELY_USED) continue;
    const label = cleanLabel(example);
    // "Salesforce software" names a brand of its own: "Salesforce Marketing Cloud" extends it.
    const words = wordsOf(label);
    const v = words.length === 1 ? label : vendorPrefix(words, vendors);
    // "Customer" of "Customer relationship management CRM" is a description, not a vendor.
    if (v && (isAcronym(v) || !plain(v))) major.add(v);
  }
  return major;
}

/**
 * A brand of office and business work kept below the occupation count: a short name of a
 * major vendor's product ("Salesforce Marketing Cloud", "ADP eTIME"), never a description
 * ("Payroll software").
 */
function businessBrand(
  label: string,
  s: Stats,
  major: ReadonlySet<string>,
  vendors: ReadonlySet<string>,
  opts: OnetOptions,
): boolean {
  if (![...s.commodity.keys()].some((t) => BUSINESS_COMMODITY.test(t))) return false;
  const words = wordsOf(label);
  if (words.length < 2 || words.length > MAX_NICHE_WORDS) return false;
  if (opts.plainWords(label) || !isNameShaped(label)) return false;
  // One word may be a company as often as a product ("PayPal"): only a vendor's product line.
  return major.has(words[0] ?? '') || major.has(vendorPrefix(words, vendors) ?? '');
}

function vendorPrefix(words: readonly string[], vendors: ReadonlySet<string>): string | null {
  return (
    prefixes(words)
      .reverse()
      .find((p) => vendors.has(p)) ?? null
  );
}

export interface OnetOptions {
  /** Also keep examples O*NET lists for at least this many occupations. */
  minOccupations: number;
  /** Is every word of this phrase an ordinary word or an acronym ("Electronic Time Clock")? */
  plainWords: (phrase: string) => boolean;
}

/**
 * O*NET "Technology Skills" examples kept as skills: every "Hot Technology" or "In Demand"
 * example and those listed for at least `minOccupations` occupations, when their label is a
 * name (name-rules.ts). Acronyms after their expansion become aliases; a vendor word is
 * stripped for a short form ("Intuit QuickBooks" -> "QuickBooks").
 */
export function onetEntries(rows: ReadonlyArray<Record<string, string>>, opts: OnetOptions) {
  const stats = new Map<string, Stats>();
  for (const row of rows) {
    const example = (row.Example ?? '').trim();
    if (example === '') continue;
    let s = stats.get(example);
    if (!s) {
      s = { occupations: new Set(), hot: false, inDemand: false, commodity: new Map() };
      stats.set(example, s);
    }
    s.occupations.add(row['O*NET-SOC Code'] ?? '');
    s.hot ||= row['Hot Technology'] === 'Y';
    s.inDemand ||= row['In Demand'] === 'Y';
    const title = row['Commodity Title'] ?? '';
    s.commodity.set(title, (s.commodity.get(title) ?? 0) + 1);
  }
  const vendors = vendorsOf([...stats.keys()].map(cleanLabel));
  const major = majorVendors(stats, vendors, opts.plainWords);
  const kept = [...stats].filter(
    ([example, s]) =>
      s.hot ||
      s.inDemand ||
      s.occupations.size >= opts.minOccupations ||
      businessBrand(cleanLabel(example), s, major, vendors, opts),
  );
  // Most widely named first: they win when two examples give the same short form.
  kept.sort(
    ([a, x], [b, y]) =>
      Number(y.hot) - Number(x.hot) || y.occupations.size - x.occupations.size || (a < b ? -1 : 1),
  );
  const out: DraftEntry[] = [];
  for (const [example, s] of kept) {
    const draft = draftOf(example, s, vendors, opts);
    if (draft) out.push(draft);
  }
  return out;
}

function draftOf(
  example: string,
  s: Stats,
  vendors: ReadonlySet<string>,
  opts: OnetOptions,
): DraftEntry | null {
  const cleaned = cleanLabel(example);
  const forms: string[] = [];
  let full = cleaned;
  const split = splitAcronym(cleaned);
  if (split) {
    // An acronym after a description, plain ("Customer relationship management CRM") or in
    // title case ("Electronic Time Clock ETC"), names a kind of software, not a product.
    const described = !isNameShaped(split.expansion) || opts.plainWords(split.expansion);
    if (described) return null;
    full = [split.head, split.expansion].filter(Boolean).join(' ');
    forms.push(split.acronym, split.expansion);
    if (split.head) forms.push(`${split.head} ${split.acronym}`);
  }
  const words = wordsOf(full);
  // A vendor's own name ("Google", "ESRI") is a company, not a skill; but O*NET's "MEDITECH
  // software" names the vendor's software by a coined name (capitals inside it; "Blackboard
  // software" may be a plain word).
  const ownSoftware = TRAILING_SOFTWARE.test(example) && /[A-Z]{2}|[a-z][A-Z]/.test(full);
  if (vendors.has(full) && !ownSoftware) return null;
  const vendor = vendorPrefix(words, vendors);
  let stripped: string | null = null;
  const identity: string[] = [];
  if (vendor) {
    stripped = words.slice(wordsOf(vendor).length).join(' ');
    // "Sage HRMS" -> "HRMS", "Teradata Database" -> "Database": a kind of software.
    // "SQL Developer" of "Oracle SQL Developer": a job title, in prose, as often as the product.
    const kind =
      CLASS_NOUNS.has(stripped.toLowerCase()) || isAcronym(stripped) || endsInRole(stripped);
    if (!kind) forms.push(stripped);
    else identity.push(stripped);
  }
  const matchable = [full, ...forms].filter(
    (f) => wordsOf(f).length <= MAX_WORDS && isNameShaped(f),
  );
  if (matchable.length === 0 || !matchable.some(isNameShaped)) return null;
  const commodity = [...s.commodity].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    name: full,
    forms: [...new Set(matchable.filter((f) => f !== full))],
    category: categoryOf(commodity),
    hot: s.hot,
    wanted: s.hot || s.inDemand,
    identity,
    vendor: stripped !== null ? vendor : null,
    source: 'onet',
    everyday: EVERYDAY_COMMODITY.test(commodity),
  };
}
