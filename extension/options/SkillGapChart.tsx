import { count } from '../ui/count.ts';
import type { SkillGap } from './model/skill-gaps.ts';

interface Props {
  gaps: readonly SkillGap[];
  /** How many roles the gaps were counted over (the filtered list). */
  roleCount: number;
  onPick(gap: SkillGap): void;
}

const W = 640;
const LABEL_W = 150;
const VALUE_W = 70;
const BAR_H = 22;
const STEP = 30;

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The skills the profile lacks that the roles ask for most, as horizontal bars (length: share
 * of the roles; dark part: required). Each bar is a button that filters the table to the roles
 * asking for that skill.
 */
export function SkillGapChart({ gaps, roleCount, onPick }: Props) {
  if (gaps.length === 0)
    return (
      <p class="jl-muted" data-testid="joblens-skill-gap-chart" data-bars="0">
        No skill gaps: these roles ask for nothing your profile lacks.
      </p>
    );
  const scale = (n: number) => ((W - LABEL_W - VALUE_W) * n) / Math.max(1, roleCount);
  const height = gaps.length * STEP + 4;
  return (
    <figure class="jl-chart" data-testid="joblens-skill-gap-chart" data-bars={gaps.length}>
      <figcaption>
        Skills you lack, by how many of these {count(roleCount, 'role')} ask for them (solid:
        required, faded: preferred). Choose a bar to see those roles.
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        aria-labelledby="jl-gap-title"
        aria-describedby="jl-gap-desc"
      >
        <title id="jl-gap-title">Skill gaps</title>
        <desc id="jl-gap-desc">
          {gaps.map((g) => `${g.name}: ${g.total} of ${count(roleCount, 'role')}`).join('; ')}
        </desc>
        {gaps.map((g, i) => {
          const y = i * STEP + 2;
          // Starts with the visible text (name, count) so the spoken name matches what is seen.
          const label = `${g.name} ${g.total}: ${g.total} of ${count(roleCount, 'role')} ask for it, ${g.required} as required. Show these roles`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the role, tabindex and keys.
            <g
              key={g.key}
              class="jl-bar-button"
              role="button"
              tabindex={0}
              aria-label={label}
              data-testid="joblens-gap-bar"
              data-skill={g.name}
              data-count={g.total}
              onClick={() => onPick(g)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick(g);
                }
              }}
            >
              <rect class="jl-bar-hit" x={0} y={y - 3} width={W} height={BAR_H + 6} rx={4} />
              <text class="jl-chart-label" x={LABEL_W - 8} y={y + 15} text-anchor="end">
                {shorten(g.name, 20)}
              </text>
              <rect
                class="jl-bar jl-bar--light"
                x={LABEL_W}
                y={y}
                width={scale(g.total)}
                height={BAR_H}
              />
              <rect class="jl-bar" x={LABEL_W} y={y} width={scale(g.required)} height={BAR_H} />
              {/* A space between the two texts: assistive tech reads "Kafka 3", not "Kafka3". */}{' '}
              <text class="jl-chart-value" x={LABEL_W + scale(g.total) + 6} y={y + 15}>
                {g.total}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
