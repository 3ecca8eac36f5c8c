import type { Profile } from '../../src/schema/profile.ts';
import type { SavedRole } from '../storage/saved-role.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { STAGE_LABEL } from '../ui/SaveControls.tsx';
import { type CompareColumn, compareColumns } from './model/compare.ts';

interface Props {
  open: boolean;
  roles: readonly SavedRole[];
  profile: Profile | null;
  onClose(): void;
}

const list = (names: string[]) => (names.length ? names.join(', ') : 'None');

const ROWS: { label: string; cell(c: CompareColumn): string }[] = [
  { label: 'Pay per year', cell: (c) => (c.payTier ? `${c.pay} (${c.payTier})` : c.pay) },
  { label: 'Match', cell: (c) => (c.score === null ? 'No score' : `${c.score} — ${c.summary}`) },
  { label: 'Skills you have', cell: (c) => list(c.matched) },
  { label: 'Skills you lack', cell: (c) => list(c.missing) },
  { label: 'Location', cell: (c) => c.location },
  { label: 'Stage', cell: (c) => STAGE_LABEL[c.stage] },
];

/** Two to four saved roles side by side, scored against the current profile. */
export function CompareDialog({ open, roles, profile, onClose }: Props) {
  const columns = open ? compareColumns(roles, profile) : [];
  return (
    <Dialog
      open={open}
      title="Compare roles"
      onClose={onClose}
      testId="joblens-compare-dialog"
      wide
    >
      <div class="jl-compare-scroll">
        <table class="jl-compare" data-testid="joblens-compare-table">
          <caption class="jl-visually-hidden">Selected roles compared</caption>
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title} {c.company && <span class="jl-muted jl-block">{c.company}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {columns.map((c) => (
                  <td key={c.key}>{r.cell(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
