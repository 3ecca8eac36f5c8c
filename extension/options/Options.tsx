import { useMemo } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { EarlyData } from './early-index.ts';
import { loadRoleIndex } from './load-roles.ts';
import { NoticeList } from './NoticeList.tsx';
import { OptionsTabs } from './OptionsTabs.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { RolesWorkspace } from './RolesWorkspace.tsx';
import { TransferSection } from './TransferSection.tsx';
import { useBackground } from './use-background.ts';
import { useOptionsTab } from './use-options-tab.ts';

/**
 * The options page in three tabs: saved roles (with compare, export and import), the
 * profile, and the charts. It opens on the roles when there are some, else on the profile.
 */
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
  const [tab, setTab] = useOptionsTab();
  const active = tab ?? (roles.data === null || list.length > 0 ? 'roles' : 'profile');
  return (
    <>
      <header class="jl-options jl-header">
        <h1>JobLens</h1>
        <p class="jl-muted">Everything stays in this browser: JobLens makes no network requests.</p>
        <OptionsTabs active={active} roleCount={roles.data ? list.length : null} onPick={setTab} />
      </header>
      <main class="jl-options" data-loaded={roles.data !== null && profile.data !== null}>
        <NoticeList />
        <div
          role="tabpanel"
          id="jl-panel-profile"
          aria-labelledby="jl-tab-profile"
          hidden={active !== 'profile'}
        >
          <ProfileSection state={profile.data} />
        </div>
        <RolesWorkspace
          roles={roles.data}
          profile={current}
          error={roles.error}
          tab={active}
          onTab={setTab}
          transfer={<TransferSection keys={keys} profile={current} />}
        />
      </main>
    </>
  );
}
