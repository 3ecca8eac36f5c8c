import type { SalaryRange } from '../../src/schema/salary.ts';
import { salaryRows } from './salary-rows.ts';

const BASIS_LABEL = { base: null, ote: 'on-target earnings', total_cash: 'total cash' } as const;

/** Every pay range as written, normalised and per year, with the profile's tier marked. */
export function SalaryList({
  ranges,
  jobLocations,
  profileLocation,
}: {
  ranges: SalaryRange[];
  jobLocations: string[];
  profileLocation: string | null;
}) {
  const rows = salaryRows(ranges, profileLocation, jobLocations);
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
              <span class="jl-salary__written">{r.written}</span>
              <span class="jl-salary__norm">
                {r.annual ? `${r.normalized} ≈ ${r.annual}` : r.normalized}
                {BASIS_LABEL[r.basis] && ` · ${BASIS_LABEL[r.basis]}`}
                {r.currencyAssumed && ' · currency assumed'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
