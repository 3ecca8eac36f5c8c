import { chooseRange, tierFit } from '../../../src/match/tier-select.ts';
import type { IndexEntry, IndexPay } from '../../storage/role-index.ts';
import type { SavedRole } from '../../storage/saved-role.ts';

/** A role's pay per year in one currency: the user's tier where the posting has tiers. */
export interface AnnualPay {
  currency: string;
  min: number | null;
  max: number | null;
  /** The tier label the range belongs to ("Colorado"), if any. */
  tier: string | null;
}

/** What the table shows and sorts by, computed once per role from its index entry. */
export interface RoleRow {
  entry: IndexEntry;
  key: string;
  title: string;
  company: string;
  location: string;
  pay: AnnualPay | null;
  readonly payText: string;
  score: number | null;
  site: string;
}

const rounded = (p: IndexPay): AnnualPay => ({
  currency: p.currency,
  min: p.min === null ? null : Math.round(p.min),
  max: p.max === null ? null : Math.round(p.max),
  tier: p.tier,
});

/** A full role's pay per year in the user's tier (compare, CSV export). */
export function annualPay(role: SavedRole, profileLocation: string | null | undefined) {
  const chosen = chooseRange(role.salary, profileLocation);
  if (!chosen) return null;
  const { range } = chosen;
  return rounded({ ...range.annual, currency: range.currency, tier: range.location });
}

/**
 * The same choice as annualPay (chooseRange) from an index entry, whose pay is already the
 * pool chooseRange picks from (base ranges where there are any): the tier that fits the
 * profile location best, else the first range.
 */
export function entryPay(entry: IndexEntry, profileLocation: string | null | undefined) {
  const [first] = entry.pay;
  if (first === undefined) return null;
  const location = profileLocation?.trim() ?? '';
  let best = first;
  let bestFit = 0;
  if (entry.pay.length > 1 && location !== '')
    for (const p of entry.pay) {
      const fit = tierFit(p.tier, location);
      if (fit > bestFit) [best, bestFit] = [p, fit];
    }
  return rounded(best);
}

// One formatter for every row: toLocaleString builds a new one per call, far too slow for
// ten thousand rows.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const formatAmount = (n: number) => WHOLE.format(n);

/** "USD 150,000–175,000/yr", "USD from 90,000/yr", "" without pay. */
export function formatPay(pay: AnnualPay | null): string {
  if (!pay) return '';
  const { min, max, currency } = pay;
  const amount =
    min !== null && max !== null
      ? min === max
        ? formatAmount(min)
        : `${formatAmount(min)}–${formatAmount(max)}`
      : min !== null
        ? `from ${formatAmount(min)}`
        : `up to ${formatAmount(max ?? 0)}`;
  return `${currency} ${amount}/yr`;
}

/** The middle of a range, or its one bound: what pay is sorted and charted by. */
export function payMid(pay: AnnualPay | null): number | null {
  if (!pay) return null;
  if (pay.min !== null && pay.max !== null) return (pay.min + pay.max) / 2;
  return pay.min ?? pay.max;
}

/** The host of an http(s) URL, for roles from sites without an adapter. */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : '';
  } catch {
    return '';
  }
}

/** Only http(s) links: a stored URL must never become a javascript: link. */
export function safeHref(url: string): string | undefined {
  return hostOf(url) ? new URL(url).href : undefined;
}

/** A row: plain fields, and the pay text formatted when read (on the prototype, not per row). */
class Row implements RoleRow {
  readonly key: string;
  readonly title: string;
  readonly company: string;
  readonly location: string;
  readonly score: number | null;
  readonly site: string;
  constructor(
    readonly entry: IndexEntry,
    readonly pay: AnnualPay | null,
  ) {
    this.key = entry.key;
    this.title = entry.title?.trim() || entry.url || entry.key;
    this.company = entry.company ?? '';
    this.location = entry.locations.join(' · ');
    this.score = entry.score;
    this.site = entry.site ?? hostOf(entry.url);
  }
  /** Formatted when shown (the rows in view, the few charted), not for all ten thousand. */
  get payText(): string {
    return formatPay(this.pay);
  }
}

export function toRow(entry: IndexEntry, profileLocation: string | null | undefined): RoleRow {
  return new Row(entry, entryPay(entry, profileLocation));
}

export function toRows(
  roles: readonly IndexEntry[],
  profileLocation: string | null | undefined,
): RoleRow[] {
  return roles.map((r) => toRow(r, profileLocation));
}
