import type { OptionsTab } from './use-options-tab.ts';

const TABS: ReadonlyArray<[OptionsTab, string]> = [
  ['roles', 'Saved roles'],
  ['profile', 'Profile'],
  ['insights', 'Skill gaps and pay'],
];

interface Props {
  active: OptionsTab;
  roleCount: number | null;
  onPick(tab: OptionsTab): void;
}

/** The three tabs; arrow keys move between them, as a tab list does. */
export function OptionsTabs({ active, roleCount, onPick }: Props) {
  const move = (step: number) => {
    const i = TABS.findIndex(([t]) => t === active);
    const next = TABS[(i + step + TABS.length) % TABS.length];
    if (!next) return;
    onPick(next[0]);
    requestAnimationFrame(() => document.getElementById(`jl-tab-${next[0]}`)?.focus());
  };
  return (
    <div class="jl-tabs" role="tablist" aria-label="JobLens options">
      {TABS.map(([tab, label]) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`jl-tab-${tab}`}
          class="jl-tab"
          aria-selected={tab === active}
          aria-controls={`jl-panel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          data-testid={`joblens-tab-${tab}`}
          onClick={() => onPick(tab)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(1);
            if (e.key === 'ArrowLeft') move(-1);
          }}
        >
          {label}
          {tab === 'roles' && roleCount !== null ? ` (${roleCount})` : ''}
        </button>
      ))}
    </div>
  );
}
