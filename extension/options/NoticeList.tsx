import { toBackground } from '../messaging/client.ts';
import { useBackground } from './use-background.ts';

/**
 * Values that failed validation were set aside, not dropped: list them with the reason. The
 * background announces every new one ("notices"), so the list is not re-read on other changes.
 */
export function NoticeList() {
  const { data: notices } = useBackground(() => toBackground('notices/list', {}), ['notices']);
  if (!notices || notices.length === 0) return null;
  return (
    <section class="jl-card jl-notice" data-testid="joblens-notices">
      <h2>Set-aside data</h2>
      <p>These stored values could not be read and were kept aside instead of being deleted.</p>
      <ul>
        {notices.map((n) => (
          <li key={n.id} data-testid="joblens-notice-item">
            <strong>{n.originalKey}</strong>: {n.reason}
            {n.at > 0 && <span class="jl-muted"> ({new Date(n.at).toLocaleString()})</span>}{' '}
            <button
              type="button"
              class="jl-link"
              onClick={() => void toBackground('notices/dismiss', { id: n.id })}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
