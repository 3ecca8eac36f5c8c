import type { Profile } from '../../src/schema/profile.ts';
import { count } from '../ui/count.ts';
import { payGroups } from './model/pay-chart-data.ts';
import type { RoleRow } from './model/role-rows.ts';
import { type SkillGap, skillGaps } from './model/skill-gaps.ts';
import { PayChart } from './PayChart.tsx';
import { SkillGapChart } from './SkillGapChart.tsx';

interface Props {
  rows: readonly RoleRow[];
  filtered: boolean;
  /** Not worked out yet (just after the page opened). */
  pending?: boolean;
  profile: Profile | null;
  onPickSkill(gap: SkillGap): void;
}

/** The two charts, over the roles the table lists (all of them, or the filtered ones). */
export function Insights({ rows, filtered, pending = false, profile, onPickSkill }: Props) {
  if (pending)
    return (
      <section class="jl-card" id="insights" aria-labelledby="insights-h">
        <h2 id="insights-h">Skill gaps and pay</h2>
        <p class="jl-muted">Working out the charts…</p>
      </section>
    );
  if (rows.length === 0)
    return (
      <section class="jl-card" id="insights" aria-labelledby="insights-h">
        <h2 id="insights-h">Skill gaps and pay</h2>
        <p class="jl-muted" data-testid="joblens-no-charts">
          Nothing to chart: no saved roles are listed. Save roles from job postings to see the
          skills you lack most often and how their pay compares with your target.
        </p>
      </section>
    );
  const gaps = skillGaps(rows, profile, 10);
  const pay = payGroups(rows, profile, 25);
  const scope = filtered
    ? `the ${count(rows.length, 'role')} listed`
    : `all ${count(rows.length, 'saved role')}`;
  return (
    <section class="jl-card" id="insights" aria-labelledby="insights-h">
      <h2 id="insights-h">Skill gaps and pay</h2>
      <p class="jl-muted">Based on {scope}.</p>
      <h3>Skills you lack most often</h3>
      <SkillGapChart gaps={gaps} roleCount={rows.length} onPick={onPickSkill} />
      {pay.groups.length > 0 ? (
        <>
          <h3>Pay</h3>
          <PayChart groups={pay.groups} withoutPay={pay.withoutPay} />
        </>
      ) : (
        <p class="jl-muted" data-testid="joblens-no-pay">
          None of these roles states pay, so there is no pay chart.
        </p>
      )}
    </section>
  );
}
