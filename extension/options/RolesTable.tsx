import { useEffect, useRef, useState } from 'preact/hooks';
import type { RoleRow } from './model/role-rows.ts';
import type { SortKey, SortSpec } from './model/sort-rows.ts';
import { visibleWindow } from './model/virtual-window.ts';
import { RoleRowView, type RowActions } from './RoleRowView.tsx';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;
const SCROLLER_HEIGHT = 520;
const OVERSCAN = 6;
const COLUMNS = 11;

const HEADERS: { key: SortKey | null; label: string; class?: string }[] = [
  { key: null, label: 'Compare', class: 'jl-col-pick' },
  { key: 'title', label: 'Title', class: 'jl-col-title' },
  { key: 'company', label: 'Company', class: 'jl-col-company' },
  { key: 'location', label: 'Location', class: 'jl-col-location' },
  { key: 'pay', label: 'Pay per year', class: 'jl-col-pay' },
  { key: 'score', label: 'Match', class: 'jl-col-score' },
  { key: 'stage', label: 'Stage', class: 'jl-col-stage' },
  { key: 'savedAt', label: 'Saved', class: 'jl-col-date' },
  { key: 'site', label: 'Site', class: 'jl-col-site' },
  { key: null, label: 'Note', class: 'jl-col-note' },
  { key: null, label: 'Delete', class: 'jl-col-del' },
];

interface Props {
  rows: readonly RoleRow[];
  sort: SortSpec | null;
  onSort(key: SortKey): void;
  selected: readonly string[];
  selectionFull: boolean;
  actions: RowActions;
  /** Changes when the filter or sort changes: back to the top. */
  resetKey: string;
}

/**
 * The saved roles as a table that stays fast with thousands of rows: fixed row height, and
 * only the rows in view (plus a few) are in the DOM, between two spacer rows.
 */
export function RolesTable({
  rows,
  sort,
  onSort,
  selected,
  selectionFull,
  actions,
  resetKey,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef(0);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);
  const win = visibleWindow({
    scrollTop,
    viewport: SCROLLER_HEIGHT - HEADER_HEIGHT,
    rowHeight: ROW_HEIGHT,
    count: rows.length,
    overscan: OVERSCAN,
  });
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scroller.current?.scrollTop ?? 0));
  };
  return (
    <div
      class="jl-table-scroll"
      ref={scroller}
      onScroll={onScroll}
      data-testid="joblens-saved-list"
    >
      <table
        class="jl-roles-table"
        data-testid="joblens-roles-table"
        aria-rowcount={rows.length + 1}
      >
        <caption class="jl-visually-hidden">Saved roles, {rows.length} shown</caption>
        <thead>
          <tr aria-rowindex={1}>
            {HEADERS.map((h) => (
              <th
                key={h.label}
                scope="col"
                class={h.class}
                aria-sort={
                  h.key && sort?.key === h.key
                    ? sort.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {h.key ? (
                  <button
                    type="button"
                    class="jl-sort"
                    data-sort={h.key}
                    onClick={() => onSort(h.key as SortKey)}
                  >
                    {h.label}
                    <span aria-hidden="true">
                      {sort?.key === h.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : h.key === null && h.label === 'Compare' ? (
                  <span class="jl-visually-hidden">{h.label}</span>
                ) : (
                  h.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.top > 0 && (
            <tr class="jl-spacer" style={{ height: `${win.top}px` }}>
              <td colSpan={COLUMNS} aria-hidden="true" />
            </tr>
          )}
          {rows.slice(win.start, win.end).map((row, i) => (
            <RoleRowView
              key={row.key}
              row={row}
              index={win.start + i}
              selected={selected.includes(row.key)}
              selectionFull={selectionFull}
              actions={actions}
            />
          ))}
          {win.bottom > 0 && (
            <tr class="jl-spacer" style={{ height: `${win.bottom}px` }}>
              <td colSpan={COLUMNS} aria-hidden="true" />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
