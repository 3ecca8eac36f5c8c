import type { ImportOutcome, ImportReport } from '../storage/merge-roles.ts';
import { count } from '../ui/count.ts';
import { Dialog } from '../ui/Dialog.tsx';
import type { InvalidEntry } from './model/roles-file.ts';

export interface ImportPreview {
  fileName: string;
  version: number;
  count: number;
  report: ImportReport;
  invalid: InvalidEntry[];
}

interface Props {
  preview: ImportPreview | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const SHOW = 50;

function Outcomes({
  title,
  items,
}: {
  title: string;
  items: readonly (ImportOutcome | InvalidEntry)[];
}) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        {title}: {items.length}
      </summary>
      <ul class="jl-outcomes">
        {items.slice(0, SHOW).map((o, i) => (
          <li key={'key' in o ? o.key + i : o.index}>
            {'key' in o
              ? (o.title ?? o.key)
              : `Entry ${o.index + 1}${o.title ? ` (${o.title})` : ''}`}
            <span class="jl-muted"> — {o.reason}</span>
          </li>
        ))}
        {items.length > SHOW && <li class="jl-muted">and {items.length - SHOW} more</li>}
      </ul>
    </details>
  );
}

/** What an import would do, before it does anything: the user confirms or cancels. */
export function ImportDialog({ preview, busy, onConfirm, onCancel }: Props) {
  const r = preview?.report;
  const changes = r ? r.added.length + r.updated.length : 0;
  const invalid = preview?.invalid.length ?? 0;
  return (
    <Dialog
      open={preview !== null}
      title="Import saved roles"
      onClose={onCancel}
      testId="joblens-import-dialog"
    >
      {preview && r && (
        <div data-testid="joblens-import-report">
          <p>
            {preview.fileName}: {count(preview.count, 'valid role')} (export version{' '}
            {preview.version}).
          </p>
          <ul class="jl-summary-list">
            <li data-testid="joblens-import-added">
              {count(r.added.length, 'new role')} will be added
            </li>
            <li data-testid="joblens-import-updated">
              {count(r.updated.length, 'saved role')} will be updated
            </li>
            <li data-testid="joblens-import-skipped">{r.skipped.length} will be skipped</li>
            {invalid > 0 && (
              <li class="jl-error" data-testid="joblens-import-invalid">
                {count(invalid, 'entry', 'entries')} not valid, not imported
              </li>
            )}
          </ul>
          <Outcomes title="Added" items={r.added} />
          <Outcomes title="Updated" items={r.updated} />
          <Outcomes title="Skipped" items={r.skipped} />
          <Outcomes title="Not valid" items={preview.invalid} />
          <p class="jl-muted">Nothing you have saved is removed by an import.</p>
          <div class="jl-row">
            <button
              type="button"
              class="jl-btn jl-btn--primary"
              disabled={busy || changes === 0}
              data-testid="joblens-import-confirm"
              onClick={onConfirm}
            >
              {changes === 0
                ? 'Nothing to import'
                : invalid > 0
                  ? `Import the valid part (${changes})`
                  : `Import ${count(changes, 'role')}`}
            </button>
            <button
              type="button"
              class="jl-btn"
              data-testid="joblens-import-cancel"
              onClick={onCancel}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
