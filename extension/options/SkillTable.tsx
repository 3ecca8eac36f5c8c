import type { Profile } from '../../src/schema/profile.ts';
import { isUnknownSkill, parseYears, type SkillLevel, updateSkill } from './model/profile-edit.ts';

const LEVELS: SkillLevel[] = ['beginner', 'intermediate', 'advanced', 'expert'];

interface Props {
  profile: Profile;
  onChange(next: Profile): void;
  /** Removing a skill loses its years and level: the editor offers Undo. */
  onRemove(index: number): void;
  onInvalid(message: string): void;
}

/** The profile's skills: years and level editable in place, each removable. */
export function SkillTable({ profile, onChange, onRemove, onInvalid }: Props) {
  if (profile.skills.length === 0)
    return <p class="jl-muted">No skills yet: add the ones you work with.</p>;
  return (
    <table class="jl-skill-table">
      <caption class="jl-visually-hidden">Your skills</caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Years</th>
          <th scope="col">Level</th>
          <th scope="col">
            <span class="jl-visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {profile.skills.map((s, i) => (
          <tr key={s.name} data-testid="joblens-profile-skill" data-name={s.name}>
            <th scope="row">
              {s.name}
              {isUnknownSkill(s.name) && (
                <span
                  class="jl-unknown"
                  data-testid="joblens-unknown-skill"
                  title="Not in the skills catalog: it matches postings only where they use this exact name"
                >
                  {' '}
                  not in catalog: exact name only
                </span>
              )}
            </th>
            <td>
              <input
                type="number"
                min={0}
                max={80}
                step={0.5}
                value={s.years ?? ''}
                aria-label={`Years of ${s.name}`}
                onInput={(e) => {
                  const years = parseYears(e.currentTarget.value);
                  if (years === 'invalid') onInvalid(`years of ${s.name} must be 0 to 80`);
                  else onChange(updateSkill(profile, i, { years }));
                }}
              />
            </td>
            <td>
              <select
                value={s.level ?? ''}
                aria-label={`Level in ${s.name}`}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  onChange(updateSkill(profile, i, { level: v ? (v as SkillLevel) : null }));
                }}
              >
                <option value="">Not stated</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l[0]?.toUpperCase()}
                    {l.slice(1)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button
                type="button"
                class="jl-link"
                aria-label={`Remove ${s.name}`}
                onClick={() => onRemove(i)}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
