import { bandOf } from '../shared/score-band.ts';
import { STAGES, type Stage } from '../storage/saved-role.ts';
import { STAGE_LABEL } from '../ui/SaveControls.tsx';
import type { RoleRow } from './model/role-rows.ts';
import { safeHref } from './model/role-rows.ts';
import { NoteCell } from './NoteCell.tsx';

export interface RowActions {
  onSelect(key: string, on: boolean): void;
  onStage(key: string, stage: Stage): void;
  onNote(key: string, note: string): Promise<unknown>;
  onDelete(row: RoleRow): void;
}

interface Props {
  row: RoleRow;
  index: number;
  selected: boolean;
  /** Four roles are already picked: more cannot be. */
  selectionFull: boolean;
  actions: RowActions;
}

const dateText = (ms: number) => new Date(ms).toLocaleDateString('en-CA');

/** One saved role in the table. Fixed height: the table only renders the rows in view. */
export function RoleRowView({ row, index, selected, selectionFull, actions }: Props) {
  const { entry, title } = row;
  const href = safeHref(entry.url);
  return (
    <tr
      class="jl-role-row"
      data-testid="joblens-role-row"
      data-key={row.key}
      aria-rowindex={index + 2}
    >
      <td>
        <input
          type="checkbox"
          checked={selected}
          disabled={!selected && selectionFull}
          aria-label={`Compare ${title}`}
          data-testid="joblens-compare-pick"
          onChange={(e) => actions.onSelect(row.key, e.currentTarget.checked)}
        />
      </td>
      <td data-testid="joblens-saved-role" data-key={row.key} title={title}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </td>
      <td title={row.company}>{row.company}</td>
      <td title={row.location}>{row.location}</td>
      <td title={row.pay?.tier ? `${row.payText} (${row.pay.tier})` : row.payText}>
        {row.payText}
      </td>
      <td
        class={row.score === null ? 'jl-num' : `jl-num jl-text--${bandOf(row.score)}`}
        title={entry.summary ?? undefined}
        data-testid="joblens-role-score"
      >
        {row.score ?? '–'}
      </td>
      <td>
        <select
          value={entry.stage}
          aria-label={`Stage of ${title}`}
          data-testid="joblens-role-stage"
          onChange={(e) => actions.onStage(row.key, e.currentTarget.value as Stage)}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </td>
      <td>{dateText(entry.savedAt)}</td>
      <td title={row.site}>{row.site}</td>
      <td class="jl-note-td">
        <NoteCell
          note={entry.note}
          label={`Note for ${title}`}
          onSave={(note) => actions.onNote(row.key, note)}
        />
      </td>
      <td>
        <button
          type="button"
          class="jl-link"
          aria-label={`Delete ${title}`}
          data-testid="joblens-role-delete"
          onClick={() => actions.onDelete(row)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
