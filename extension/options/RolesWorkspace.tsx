import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import { toBackground } from '../messaging/client.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import type { SavedRole } from '../storage/saved-role.ts';
import { roleGone, UndoBar } from '../ui/UndoBar.tsx';
import { CompareDialog } from './CompareDialog.tsx';
import { Insights } from './Insights.tsx';
import { COMPARE_MAX } from './model/compare.ts';
import {
  describeFilter,
  filterRows,
  isFiltered,
  NO_FILTER,
  type RoleFilter,
  sitesOf,
} from './model/filter-rows.ts';
import { toRows } from './model/role-rows.ts';
import { lazySearchIndex } from './model/search-index.ts';
import { nextSort, type SortSpec, sortRows } from './model/sort-rows.ts';
import type { RowActions } from './RoleRowView.tsx';
import { RolesTable } from './RolesTable.tsx';
import { RolesToolbar } from './RolesToolbar.tsx';
import { useDeferred } from './use-deferred.ts';
import type { OptionsTab } from './use-options-tab.ts';

interface Props {
  /**
   * The index entries (what the table needs), null while loading; full roles are loaded when
   * an action needs them.
   */
  roles: readonly IndexEntry[] | null;
  profile: Profile | null;
  error: string | null;
  /** The options page's tab: the table (with export and import) or the charts. */
  tab: OptionsTab;
  onTab(tab: OptionsTab): void;
  transfer: ComponentChildren;
}

const report = (p: Promise<unknown>) => p.catch((e) => console.warn('[JobLens]', e));

const NO_ROLES: readonly IndexEntry[] = [];

/** The saved roles: table with search, filters, sort, inline edits, compare, and the charts. */
export function RolesWorkspace({ roles: loaded, profile, error, tab, onTab, transfer }: Props) {
  const roles = loaded ?? NO_ROLES;
  const [filter, setFilter] = useState<RoleFilter>(NO_FILTER);
  const [skillName, setSkillName] = useState<string | null>(null);
  const [sort, setSort] = useState<SortSpec | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<SavedRole[] | null>(null);
  const [deleted, setDeleted] = useState<SavedRole | null>(null);

  const rows = useMemo(() => toRows(roles, profile?.location), [roles, profile?.location]);
  // Built when a search first needs it, or just after the first rows are on screen.
  const index = useMemo(() => lazySearchIndex(rows), [rows]);
  useEffect(() => {
    const t = setTimeout(index, 0);
    return () => clearTimeout(t);
  }, [index]);
  const sites = useMemo(() => sitesOf(rows), [rows]);
  const filtered = useMemo(() => filterRows(rows, filter, index), [rows, filter, index]);
  const sorted = useMemo(() => (sort ? sortRows(filtered, sort) : filtered), [filtered, sort]);
  // The charts follow the list a moment later (the first rows and each keystroke come first).
  const charted = useDeferred(filtered, 250, null);
  const picked = roles.filter((r) => selected.includes(r.key));
  const fullRoles = (keys: string[]) => toBackground('roles/get', { keys });

  const actions: RowActions = {
    onSelect: (key, on) =>
      setSelected((s) => (on ? [...s, key].slice(0, COMPARE_MAX) : s.filter((k) => k !== key))),
    onStage: (key, stage) => void report(toBackground('role/patch', { key, stage })),
    onNote: (key, note) => toBackground('role/patch', { key, note }),
    onDelete: (row) => {
      setSelected((s) => s.filter((k) => k !== row.key));
      // The background answers with the whole role as it was, for Undo.
      void toBackground('role/remove', { key: row.key })
        .then(({ role }) => setDeleted(role))
        .catch(console.warn);
    },
  };

  return (
    <>
      <div
        role="tabpanel"
        id="jl-panel-roles"
        aria-labelledby="jl-tab-roles"
        hidden={tab !== 'roles'}
      >
        <section class="jl-card" id="roles" aria-labelledby="roles-h">
          <h2 id="roles-h" tabIndex={-1}>
            Saved roles
          </h2>
          {error && <p class="jl-error">{error}</p>}
          <RolesToolbar
            filter={filter}
            sites={sites}
            skillName={filter.skill ? skillName : null}
            onChange={setFilter}
            onClearSkill={() => setFilter({ ...filter, skill: null })}
            shown={filtered.length}
            total={rows.length}
          />
          <div class="jl-row jl-compare-bar">
            <button
              type="button"
              class="jl-btn jl-btn--primary"
              disabled={picked.length < 2}
              data-testid="joblens-compare"
              onClick={() => void report(fullRoles(picked.map((r) => r.key)).then(setComparing))}
            >
              Compare selected ({picked.length})
            </button>
            <span class="jl-muted">Tick two to four roles to compare them side by side.</span>
            {selected.length > 0 && (
              <button type="button" class="jl-link" onClick={() => setSelected([])}>
                Clear selection
              </button>
            )}
          </div>
          <UndoBar
            message={deleted && roleGone('Deleted', deleted)}
            onDismiss={() => setDeleted(null)}
            onUndo={() => {
              const role = deleted;
              setDeleted(null);
              // The Undo button goes away: keep keyboard focus in the section, not on <body>.
              document.getElementById('roles-h')?.focus();
              if (role) void report(toBackground('role/restore', { role }));
            }}
          />
          {loaded === null ? (
            !error && <p class="jl-muted">Loading saved roles…</p>
          ) : roles.length === 0 ? (
            <p class="jl-muted">Nothing saved yet. Use “Save role” on a job posting.</p>
          ) : sorted.length === 0 ? (
            <p class="jl-empty" data-testid="joblens-no-match">
              No roles match {describeFilter(filter, skillName)} ·{' '}
              <button type="button" class="jl-link" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </p>
          ) : (
            <RolesTable
              rows={sorted}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort ?? { key: 'savedAt', dir: 'desc' }, key))}
              selected={selected}
              selectionFull={selected.length >= COMPARE_MAX}
              actions={actions}
              resetKey={JSON.stringify([filter, sort])}
            />
          )}
        </section>
        {transfer}
      </div>
      <div
        role="tabpanel"
        id="jl-panel-insights"
        aria-labelledby="jl-tab-insights"
        hidden={tab !== 'insights'}
      >
        <Insights
          rows={charted ?? []}
          pending={charted === null}
          filtered={isFiltered(filter)}
          profile={profile}
          onPickSkill={(gap) => {
            setFilter({ ...filter, skill: gap.key });
            setSkillName(gap.name);
            onTab('roles');
            document.getElementById('roles')?.scrollIntoView();
            requestAnimationFrame(() => document.getElementById('jl-skill-filter')?.focus());
          }}
        />
      </div>
      <CompareDialog
        open={comparing !== null}
        roles={comparing ?? []}
        profile={profile}
        onClose={() => setComparing(null)}
      />
    </>
  );
}
