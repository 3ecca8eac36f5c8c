import type { Profile } from '../../src/schema/profile.ts';
import type { SalaryRange } from '../../src/schema/salary.ts';
import { type PayBar, salaryRows } from './salary-rows.ts';

const BASIS_LABEL = { base: null, ote: 'on-target earnings', total_cash: 'total cash' } as const;

interface Props {
  ranges: SalaryRange[];
  jobLocations: string[];
  profileLocation: string | null;
  target?: Profile['targetSalary'];
}

/** The range on a bar, with a tick where the user's target falls. */
function Bar({ bar }: { bar: PayBar }) {
  return (
    <div class="jl-paybar" role="img" aria-label={bar.targetLabel} data-testid="joblens-paybar">
      <span
        class="jl-paybar__range"
        style={{ left: `${bar.from}%`, width: `${Math.max(1, bar.to - bar.from)}%` }}
      />
      <span class="jl-paybar__tick" style={{ left: `${bar.target}%` }} title={bar.targetLabel} />
    </div>
  );
}

/**
 * Every pay range, led by the clean figure with the text as written beneath it, highest pay
 * first, the profile's tier marked and tiers for other countries than the job's set apart.
 */
export function SalaryList({ ranges, jobLocations, profileLocation, target }: Props) {
  const rows = salaryRows(ranges, profileLocation, jobLocations, target);
  return (
    <section class="jl-salary" data-testid="joblens-salary" aria-label="Salary">
      <h3>Salary</h3>
      {rows.length === 0 ? (
        <p class="jl-muted">No salary stated.</p>
      ) : (
        <ul>
          {rows.map((r, i) => (
            <li
              key={`${i}:${r.written}`}
              class={r.yours ? 'jl-yours' : r.applies ? '' : 'jl-elsewhere'}
              data-tier={r.tier ?? ''}
              data-yours={String(r.yours)}
              data-applies={String(r.applies)}
            >
              {r.tier !== null && (
                <span class="jl-salary__tier">
                  {r.tier}
                  {r.yours && <strong class="jl-tag">your location</strong>}
                  {!r.applies && <span class="jl-tag jl-tag--muted">not this job's location</span>}
                </span>
              )}
              <span class="jl-salary__pay" data-testid="joblens-pay">
                {r.headline}
              </span>
              {(r.annual || BASIS_LABEL[r.basis] || r.currencyAssumed) && (
                <span class="jl-salary__norm">
                  {[
                    r.annual && `≈ ${r.annual}`,
                    BASIS_LABEL[r.basis],
                    r.currencyAssumed && 'currency assumed',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
              {r.bar && r.applies && <Bar bar={r.bar} />}
              <span class="jl-salary__written">as written: {r.written}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
