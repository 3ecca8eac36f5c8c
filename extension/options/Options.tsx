import { useMemo } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { EarlyData } from './early-index.ts';
import { loadRoleIndex } from './load-roles.ts';
import { NoticeList } from './NoticeList.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { RolesWorkspace } from './RolesWorkspace.tsx';
import { TransferSection } from './TransferSection.tsx';
import { useBackground } from './use-background.ts';

/** The options page: profile, saved roles with comparison and charts, export and import. */
export function Options({ early }: { early?: EarlyData }) {
  const profile = useBackground(
    () => toBackground('profile/state', {}),
    ['profile', 'notices'],
    early?.profile,
  );
  const roles = useBackground(loadRoleIndex, ['roles'], early?.roles);
  const current = profile.data?.profile ?? null;
  const list = roles.data ?? [];
  const keys = useMemo(() => list.map((r) => r.key), [list]);
  return (
    <>
      <header class="jl-options jl-header">
        <h1>JobLens</h1>
        <p class="jl-muted">Everything stays in this browser: JobLens makes no network requests.</p>
        <nav aria-label="Sections">
          <a href="#profile">Profile</a>
          <a href="#roles">Saved roles{roles.data ? ` (${list.length})` : ''}</a>
          {list.length > 0 && <a href="#insights">Skill gaps and pay</a>}
          <a href="#transfer">Export and import</a>
        </nav>
      </header>
      <main class="jl-options" data-loaded={roles.data !== null && profile.data !== null}>
        <NoticeList />
        <ProfileSection state={profile.data} />
        <RolesWorkspace roles={roles.data} profile={current} error={roles.error} />
        <TransferSection keys={keys} profile={current} />
      </main>
    </>
  );
}
