import { STAGES, type Stage } from '../storage/saved-role.ts';
import { count } from '../ui/count.ts';
import { STAGE_LABEL } from '../ui/SaveControls.tsx';
import type { RoleFilter } from './model/filter-rows.ts';

interface Props {
  filter: RoleFilter;
  sites: readonly string[];
  /** Display name of the skill filter, if one is set (from the gap chart). */
  skillName: string | null;
  onChange(next: RoleFilter): void;
  onClearSkill(): void;
  shown: number;
  total: number;
}

/** Search, stage and site filters, and the skill filter the gap chart sets. */
export function RolesToolbar({
  filter,
  sites,
  skillName,
  onChange,
  onClearSkill,
  shown,
  total,
}: Props) {
  return (
    <div class="jl-toolbar">
      <label class="jl-grow">
        Search
        <input
          type="search"
          value={filter.query}
          placeholder="Title, company or skill"
          data-testid="joblens-search"
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
      <label>
        Stage
        <select
          value={filter.stage}
          data-testid="joblens-filter-stage"
          onChange={(e) => onChange({ ...filter, stage: e.currentTarget.value as Stage | 'all' })}
        >
          <option value="all">All stages</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Site
        <select
          value={filter.site}
          data-testid="joblens-filter-site"
          onChange={(e) => onChange({ ...filter, site: e.currentTarget.value })}
        >
          <option value="all">All sites</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {skillName && (
        <button
          type="button"
          class="jl-chip jl-chip--button"
          id="jl-skill-filter"
          data-testid="joblens-skill-filter"
          aria-label={`Needs ${skillName}: remove this filter`}
          onClick={onClearSkill}
        >
          Needs {skillName} <span aria-hidden="true">✕</span>
        </button>
      )}
      <p class="jl-count" role="status" data-testid="joblens-roles-count">
        {shown === total ? count(total, 'role') : `${shown} of ${count(total, 'role')}`}
      </p>
    </div>
  );
}
