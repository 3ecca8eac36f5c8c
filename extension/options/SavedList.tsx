import { toBackground } from '../messaging/client.ts';
import type { SavedRole, Stage } from '../storage/saved-role.ts';
import { STAGES } from '../storage/saved-role.ts';
import { STAGE_LABEL } from '../ui/SaveControls.tsx';
import { useBackground } from './use-background.ts';

/** Only http(s) links: a stored URL must never become a javascript: link. */
function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function Row({ role }: { role: SavedRole }) {
  const href = safeHref(role.url);
  const title = role.title ?? role.url;
  return (
    <li class="jl-role" data-testid="joblens-saved-role" data-key={role.key}>
      <div class="jl-role__main">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
        <span class="jl-muted">
          {[role.company, role.locations.join(' · ')].filter(Boolean).join(' — ')}
        </span>
        {role.salary[0] && (
          <span class="jl-muted">{role.salary.map((s) => s.text).join(' | ')}</span>
        )}
      </div>
      <span class="jl-role__score" title={role.match?.summary ?? 'No score'}>
        {role.match ? role.match.score : '–'}
      </span>
      <select
        aria-label="Stage"
        value={role.stage}
        onChange={(e) =>
          void toBackground('role/patch', { key: role.key, stage: e.currentTarget.value as Stage })
        }
      >
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABEL[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="jl-link"
        onClick={() => void toBackground('role/remove', { key: role.key })}
      >
        Remove
      </button>
    </li>
  );
}

export function SavedList() {
  const { data: roles, error } = useBackground(() => toBackground('roles/list', {}), ['roles']);
  return (
    <section class="jl-card" aria-labelledby="saved-h">
      <h2 id="saved-h">Saved roles {roles ? `(${roles.length})` : ''}</h2>
      {error && <p class="jl-error">{error}</p>}
      {roles && roles.length === 0 && (
        <p class="jl-muted">Nothing saved yet. Use "Save role" on a posting.</p>
      )}
      {roles && roles.length > 0 && (
        <ul class="jl-roles" data-testid="joblens-saved-list">
          {roles.map((r) => (
            <Row key={r.key} role={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
