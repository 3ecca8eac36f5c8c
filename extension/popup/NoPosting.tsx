import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import { permissions } from '../platform/browser-api.ts';
import { originPattern } from '../shared/match-pattern.ts';

interface Props {
  tabId: number;
  origin: string | null;
  onView(view: TabView): void;
}

/** Not a posting (as far as we know): analyze on demand, or always run on this site. */
export function NoPosting({ tabId, origin, onView }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [always, setAlways] = useState<boolean | null>(null);

  useEffect(() => {
    if (!origin) return;
    toBackground('site/always-run-status', { origin })
      .then((r) => setAlways(r.enabled))
      .catch(() => setAlways(false));
  }, [origin]);

  const analyze = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const view = await toBackground('tab/analyze', { tabId });
      onView(view);
      if (view.status !== 'posting') setMessage('No job posting found on this page.');
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const toggleAlways = (enable: boolean) => {
    if (!origin) return;
    setMessage(null);
    // The permission prompt must open inside the click: request first, then tell the background.
    const asked = enable
      ? permissions.requestOrigins([originPattern(origin)])
      : Promise.resolve(true);
    asked
      .then((granted) => {
        if (!granted) throw new Error(`Permission for ${origin} was not given.`);
        return toBackground('site/always-run', { origin, enabled: enable });
      })
      .then((r) => {
        setAlways(r.enabled);
        if (r.enabled) return analyze();
      })
      .catch((err) => setMessage(err instanceof Error ? err.message : String(err)));
  };

  return (
    <section class="jl-none" data-testid="joblens-no-posting">
      <p class="jl-none__title">No posting detected</p>
      <p class="jl-muted">
        JobLens looks at supported career sites by itself. On other pages it reads the page only
        when you ask.
      </p>
      <button
        type="button"
        class="jl-btn jl-btn--primary"
        data-testid="joblens-analyze"
        disabled={busy}
        onClick={analyze}
      >
        {busy ? 'Analyzing…' : 'Analyze this page'}
      </button>
      {origin && always !== null && (
        <label class="jl-always">
          <input
            type="checkbox"
            data-testid="joblens-always-run"
            checked={always}
            onChange={(e) => toggleAlways(e.currentTarget.checked)}
          />
          Always run on {new URL(origin).host}
        </label>
      )}
      {message && (
        <p class="jl-muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
