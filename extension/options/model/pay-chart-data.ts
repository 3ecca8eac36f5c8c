import { annualize } from '../../../src/salary/annualize.ts';
import type { Profile } from '../../../src/schema/profile.ts';
import { payMid, type RoleRow } from './role-rows.ts';

export interface PayBar {
  key: string;
  label: string;
  /** Annual bounds; an open bound takes the other one (open marks which). */
  low: number;
  high: number;
  open: 'low' | 'high' | null;
  text: string;
}

export interface PayGroup {
  currency: string;
  bars: PayBar[];
  /** Roles with pay in this currency, including those past the bar limit. */
  total: number;
  /** The annual target, in this group only when the target is in its currency. */
  target: number | null;
  /** Axis end: a round number above every bar and the target. */
  axisMax: number;
}

/** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `value`. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * The pay chart's data: one group per currency (amounts are never converted), the target's
 * currency first, then the others by size. In each group the best-paid roles first, at most
 * `limit` bars.
 */
export function payGroups(rows: readonly RoleRow[], profile: Profile | null, limit = 25) {
  const target = profile?.targetSalary ?? null;
  const targetAnnual = target ? annualize(target.min, null, target.period).min : null;
  const byCurrency = new Map<string, RoleRow[]>();
  for (const row of rows) {
    if (!row.pay || payMid(row.pay) === null) continue;
    const list = byCurrency.get(row.pay.currency) ?? [];
    list.push(row);
    byCurrency.set(row.pay.currency, list);
  }
  const groups: PayGroup[] = [...byCurrency].map(([currency, list]) => {
    const sorted = [...list].sort((a, b) => (payMid(b.pay) ?? 0) - (payMid(a.pay) ?? 0));
    const bars = sorted.slice(0, limit).map((row): PayBar => {
      const { min, max } = row.pay ?? { min: null, max: null };
      return {
        key: row.key,
        label: row.company ? `${row.title} — ${row.company}` : row.title,
        low: min ?? max ?? 0,
        high: max ?? min ?? 0,
        open: min === null ? 'low' : max === null ? 'high' : null,
        text: row.payText,
      };
    });
    const groupTarget = target?.currency === currency ? targetAnnual : null;
    const top = Math.max(groupTarget ?? 0, ...bars.map((b) => b.high));
    return { currency, bars, total: list.length, target: groupTarget, axisMax: niceCeil(top) };
  });
  groups.sort(
    (a, b) =>
      Number(b.currency === target?.currency) - Number(a.currency === target?.currency) ||
      b.total - a.total ||
      a.currency.localeCompare(b.currency),
  );
  const withoutPay = rows.length - groups.reduce((n, g) => n + g.total, 0);
  return { groups, withoutPay };
}
