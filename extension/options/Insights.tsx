import type { Profile } from '../../src/schema/profile.ts';
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
  const gaps = skillGaps(rows, profile, 10);
  const pay = payGroups(rows, profile, 25);
  const scope = filtered ? `the ${rows.length} roles listed` : `all ${rows.length} saved roles`;
  return (
    <section class="jl-card" id="insights" aria-labelledby="insights-h">
      <h2 id="insights-h">Skill gaps and pay</h2>
      <p class="jl-muted">Based on {scope}.</p>
      <h3>Skills you lack most often</h3>
      <SkillGapChart gaps={gaps} roleCount={rows.length} onPick={onPickSkill} />
      <h3>Pay</h3>
      <PayChart groups={pay.groups} withoutPay={pay.withoutPay} />
    </section>
  );
}
