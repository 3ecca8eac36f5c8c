import type { Match } from '../../src/schema/match.ts';
import { toBackground } from '../messaging/client.ts';
import { bandOf } from '../shared/score-band.ts';

interface Props {
  match: Match | null;
  hasProfile: boolean;
  /** How many reasons to list (the popup shows fewer). */
  maxReasons?: number;
}

/** The score, its band, and the reasons behind it, most important first. */
export function ScoreView({ match, hasProfile, maxReasons = 6 }: Props) {
  if (!match) {
    return (
      <section class="jl-score jl-score--none">
        <p class="jl-muted">
          {hasProfile
            ? 'No score for this posting.'
            : 'Add your skills to see how well you match this job.'}
        </p>
        {!hasProfile && (
          <button
            type="button"
            class="jl-btn"
            data-testid="joblens-open-options"
            onClick={() => void toBackground('options/open', {})}
          >
            Add your skills (1 min)
          </button>
        )}
      </section>
    );
  }
  const band = bandOf(match.score);
  return (
    <section class="jl-score" aria-label="Match score">
      <div class="jl-score__head">
        <span
          class={`jl-score__pill jl-band--${band}`}
          data-testid="joblens-score"
          data-band={band}
        >
          {match.score}
        </span>
        <span class="jl-score__label">match</span>
      </div>
      {match.basis && (
        <p class="jl-basis" data-testid="joblens-score-basis">
          {match.basis.summary}
        </p>
      )}
      <ul class="jl-reasons">
        {match.reasons.slice(0, maxReasons).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </section>
  );
}
