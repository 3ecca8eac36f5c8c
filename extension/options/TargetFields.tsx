import { useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import type { PayPeriod } from '../../src/schema/salary.ts';
import { CURRENCIES, type RemotePreference } from './model/profile-edit.ts';

const PERIODS: PayPeriod[] = ['year', 'month', 'week', 'day', 'hour'];
const REMOTE: { value: RemotePreference | ''; label: string }[] = [
  { value: '', label: 'Not stated' },
  { value: 'any', label: 'Any' },
  { value: 'remote', label: 'Remote' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'On site' },
];

interface Props {
  profile: Profile;
  onChange(next: Profile): void;
}

/** Target salary (amount, currency, period), location and remote preference. */
export function TargetFields({ profile, onChange }: Props) {
  const target = profile.targetSalary ?? null;
  // Currency and period are remembered while the amount is empty (no target yet).
  const [unit, setUnit] = useState({ currency: 'USD', period: 'year' as PayPeriod });
  const currency = target?.currency ?? unit.currency;
  const period = target?.period ?? unit.period;
  const currencies = CURRENCIES.includes(currency as never)
    ? CURRENCIES
    : [currency, ...CURRENCIES];

  const setTarget = (amount: string, cur: string, per: PayPeriod) => {
    setUnit({ currency: cur, period: per });
    const n = Number(amount);
    const valid = amount.trim() !== '' && Number.isFinite(n) && n >= 0;
    onChange({
      ...profile,
      targetSalary: valid ? { min: n, max: target?.max ?? null, currency: cur, period: per } : null,
    });
  };
  const amount = target ? String(target.min) : '';

  return (
    <div class="jl-fields">
      <fieldset>
        <legend>Target salary</legend>
        <label>
          Amount
          <input
            type="number"
            min={0}
            step={1000}
            value={amount}
            data-testid="joblens-target-amount"
            onInput={(e) => setTarget(e.currentTarget.value, currency, period)}
          />
        </label>
        <label>
          Currency
          <select
            value={currency}
            data-testid="joblens-target-currency"
            onChange={(e) => setTarget(amount, e.currentTarget.value, period)}
          >
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Per
          <select
            value={period}
            data-testid="joblens-target-period"
            onChange={(e) => setTarget(amount, currency, e.currentTarget.value as PayPeriod)}
          >
            {PERIODS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <label>
        Location
        <input
          type="text"
          maxLength={200}
          value={profile.location ?? ''}
          placeholder="e.g. Denver, CO"
          data-testid="joblens-location"
          onInput={(e) => onChange({ ...profile, location: e.currentTarget.value || null })}
        />
      </label>
      <label>
        Remote preference
        <select
          value={profile.remote ?? ''}
          data-testid="joblens-remote"
          onChange={(e) => {
            const v = e.currentTarget.value as RemotePreference | '';
            onChange({ ...profile, remote: v === '' ? null : v });
          }}
        >
          {REMOTE.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
