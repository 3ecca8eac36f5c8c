import { useEffect, useRef } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import { PostingHeader } from '../ui/PostingHeader.tsx';
import { SalaryList } from '../ui/SalaryList.tsx';
import { SaveControls } from '../ui/SaveControls.tsx';
import { ScoreView } from '../ui/ScoreView.tsx';
import { SkillList } from '../ui/SkillList.tsx';
import { useTabView } from '../ui/use-tab-view.ts';
import { useFitHeight } from './use-fit-height.ts';

/** The header's height and the body's padding (panel.css): what surrounds the content. */
const CHROME_PX = 48 + 10 + 16;

/** The panel docked beside a posting. It lives in its own extension-origin frame. */
export function Panel({
  tabId,
  first = null,
  initial = null,
  opened = false,
}: {
  tabId: number | null;
  /**
   * The user opened it from the bar the background drew in the page (page-world/in-page.ts),
   * which has no way to tell us: the panel remembers it for the site, as the content script's
   * bar does ('content/open-panel').
   */
  opened?: boolean;
  first?: Promise<TabView> | null;
  /** `first`'s answer when it came before the first render. */
  initial?: TabView | null;
}) {
  const { view, error, refresh } = useTabView(tabId, first, initial);
  const content = useRef<HTMLDivElement>(null);
  useFitHeight(content, CHROME_PX, view !== null);
  const openHost = opened && view?.site.collapsed ? view.host : null;
  useEffect(() => {
    if (openHost) void toBackground('site/panel', { host: openHost, collapsed: false });
  }, [openHost]);
  if (tabId === null) return <p class="jl-error">This panel was opened without a tab.</p>;
  if (!view)
    return (
      <main class="jl-panel">
        {error ? <p class="jl-error">{error}</p> : <p class="jl-muted">Reading…</p>}
      </main>
    );

  const { posting, match, host } = view;
  const setSite = (change: { hidden?: boolean; collapsed?: boolean }) => {
    if (host) void toBackground('site/panel', { host, ...change }).then(refresh);
  };

  return (
    <main class="jl-panel" data-testid="joblens-panel">
      <div class="jl-bar">
        <strong class="jl-brand">JobLens</strong>
        {match && <span class="jl-bar__score">{match.score}</span>}
        <span class="jl-bar__spacer" />
        {posting && (
          <button
            type="button"
            class="jl-bar__save"
            data-testid="joblens-header-save"
            aria-disabled={view.saved !== null}
            onClick={() => {
              // The header keeps Save in view while the body scrolls; it only saves (removing
              // is the body's own button, with Undo).
              if (view.saved === null)
                void toBackground('role/save', { tabId: view.tabId }).then(refresh, () =>
                  refresh(),
                );
            }}
          >
            {view.saved ? 'Saved ✓' : 'Save'}
          </button>
        )}
        <button
          type="button"
          class="jl-icon"
          data-testid="joblens-collapse"
          aria-expanded="true"
          title={`Collapse to the bar on ${host ?? 'this site'}`}
          onClick={() => setSite({ collapsed: true })}
        >
          ▾
        </button>
        <button
          type="button"
          class="jl-icon"
          data-testid="joblens-hide"
          title={`Hide the panel on ${host ?? 'this site'} (turn it back on from the toolbar button)`}
          onClick={() => setSite({ hidden: true })}
        >
          ✕
        </button>
      </div>
      <div class="jl-body">
        <div ref={content} class="jl-body__content">
          {posting ? (
            <>
              <PostingHeader posting={posting} />
              <ScoreView match={match} hasProfile={view.hasProfile} />
              <SalaryList
                ranges={posting.salary}
                jobLocations={posting.locations}
                profileLocation={view.profileLocation}
                target={view.profileTarget}
              />
              <SkillList posting={posting} match={match} />
              <SaveControls view={view} onChanged={refresh} />
            </>
          ) : (
            <p class="jl-muted">No job posting on this page.</p>
          )}
          {error && <p class="jl-error">{error}</p>}
        </div>
      </div>
    </main>
  );
}
