import { chooseRange } from '../../../src/match/tier-select.ts';
import type { SavedRole } from '../../storage/saved-role.ts';

/** A role's pay per year in one currency: the user's tier where the posting has tiers. */
export interface AnnualPay {
  currency: string;
  min: number | null;
  max: number | null;
  /** The tier label the range belongs to ("Colorado"), if any. */
  tier: string | null;
}

/** What the table shows and sorts by, computed once per role. */
export interface RoleRow {
  role: SavedRole;
  key: string;
  title: string;
  company: string;
  location: string;
  pay: AnnualPay | null;
  payText: string;
  score: number | null;
  site: string;
}

export function annualPay(role: SavedRole, profileLocation: string | null | undefined) {
  const chosen = chooseRange(role.salary, profileLocation);
  if (!chosen) return null;
  const { range } = chosen;
  return {
    currency: range.currency,
    min: range.annual.min === null ? null : Math.round(range.annual.min),
    max: range.annual.max === null ? null : Math.round(range.annual.max),
    tier: range.location,
  } satisfies AnnualPay;
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

export function toRow(role: SavedRole, profileLocation: string | null | undefined): RoleRow {
  const pay = annualPay(role, profileLocation);
  return {
    role,
    key: role.key,
    title: role.title?.trim() || role.url || role.key,
    company: role.company ?? '',
    location: role.locations.join(' · '),
    pay,
    payText: formatPay(pay),
    score: role.match?.score ?? null,
    site: role.site ?? hostOf(role.url),
  };
}

export function toRows(
  roles: readonly SavedRole[],
  profileLocation: string | null | undefined,
): RoleRow[] {
  return roles.map((r) => toRow(r, profileLocation));
}
