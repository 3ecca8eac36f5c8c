import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import { NoticeBanner } from '../ui/NoticeBanner.tsx';
import { PostingHeader } from '../ui/PostingHeader.tsx';
import { SalaryList } from '../ui/SalaryList.tsx';
import { SaveControls } from '../ui/SaveControls.tsx';
import { ScoreView } from '../ui/ScoreView.tsx';
import { SkillList } from '../ui/SkillList.tsx';
import { useTabView } from '../ui/use-tab-view.ts';
import { NoPosting } from './NoPosting.tsx';
import { type PopupTab, usePopupTab } from './use-popup-tab.ts';

/** What main.tsx asked for before the first render, and what had come back by then. */
export interface PopupStart {
  fromUrl: number | null;
  tab: Promise<PopupTab>;
  view: Promise<TabView | null>;
  initialTab: PopupTab | null;
  initialView: TabView | null;
}

/** The toolbar popup: the tab's posting with its score, or what JobLens can do on the page. */
export function Popup({ start }: { start: PopupStart }) {
  const tab = usePopupTab(start.fromUrl, start.tab, start.initialTab);
  const { view, error, refresh, setView } = useTabView(tab.tabId, start.view, start.initialView);
  const openOptions = () => void toBackground('options/open', {});

  let body = <p class="jl-muted">Reading…</p>;
  if (tab.ready && tab.tabId === null) body = <p class="jl-muted">No tab to look at.</p>;
  else if (view?.status === 'posting' && view.posting) {
    const { posting, host } = view;
    body = (
      <div data-testid="joblens-popup-posting">
        <PostingHeader posting={posting} />
        <ScoreView match={view.match} hasProfile={view.hasProfile} />
        <SalaryList
          ranges={posting.salary}
          jobLocations={posting.locations}
          profileLocation={view.profileLocation}
          target={view.profileTarget}
        />
        <SkillList posting={posting} match={view.match} />
        <SaveControls view={view} withNote onChanged={refresh} />
        {view.site.hidden && host && (
          <button
            type="button"
            class="jl-link"
            data-testid="joblens-show-panel"
            onClick={() => void toBackground('site/panel', { host, hidden: false }).then(refresh)}
          >
            Show the panel on {host}
          </button>
        )}
      </div>
    );
  } else if (view && tab.tabId !== null) {
    body = (
      <NoPosting
        tabId={tab.tabId}
        origin={tab.origin ?? (view.url ? new URL(view.url).origin : null)}
        onView={setView}
      />
    );
  }

  return (
    <main class="jl-popup">
      <div class="jl-popup__bar">
        <strong>JobLens</strong>
        <button
          type="button"
          class="jl-link"
          data-testid="joblens-open-saved"
          onClick={openOptions}
        >
          Saved roles & profile
        </button>
      </div>
      <NoticeBanner count={view?.notices ?? 0} onOpen={openOptions} />
      {body}
      {error && <p class="jl-error">{error}</p>}
    </main>
  );
}
