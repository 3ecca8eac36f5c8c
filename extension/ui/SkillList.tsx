import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';
import { skillGroups } from './skill-groups.ts';

/** Matched / missing-required / missing-preferred skills, each chip tagged for tests. */
export function SkillList({ posting, match }: { posting: Posting; match: Match | null }) {
  const groups = skillGroups(posting, match);
  if (groups.length === 0) return <p class="jl-muted">No skills found in this posting.</p>;
  return (
    <section class="jl-skills" aria-label="Skills">
      {groups.map((g) => (
        <div key={g.id} class={`jl-skills__group jl-skills--${g.id}`}>
          <h3>{g.label}</h3>
          <ul>
            {g.skills.map((s) => (
              <li
                key={`${s.name}:${s.importance}`}
                class={`jl-chip jl-chip--${s.state}`}
                data-testid="joblens-skill"
                data-state={s.state}
                data-importance={s.importance}
              >
                {s.name}
                {s.detail && <small>{` ${s.detail}`}</small>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
