import type { Handlers } from '../messaging/router.ts';
import type { BackgroundDeps } from './handlers.ts';
import { rescoreAll, rescoreSaved } from './rescore.ts';

type OptionsMessage =
  | 'profile/state'
  | 'profile/set'
  | 'profile/sync'
  | 'roles/get'
  | 'roles/import';

/** What the options page asks of the background beyond the shared messages. */
export function createOptionsHandlers(deps: BackgroundDeps): Handlers<OptionsMessage> {
  return {
    'profile/state': () => deps.store.profileState(),
    'profile/set': async ({ profile }) => {
      const state = await deps.store.setProfile(profile);
      await rescoreAll(deps, state.profile);
      void rescoreSaved(deps);
      await deps.notifyPages(null, 'profile');
      return state;
    },
    'profile/sync': async ({ enabled }) => {
      const state = await deps.store.setProfileSync(enabled);
      await deps.notifyPages(null, 'profile');
      return state;
    },
    'roles/get': ({ keys }) => deps.store.getRoles(keys),
    // The merge runs here, in the write queue, against what is stored now; the imported
    // roles keep the scores they were exported with until the rescore that follows.
    'roles/import': async ({ roles }) => {
      const report = await deps.store.importRoles(roles);
      if (report.added.length + report.updated.length > 0) {
        void rescoreSaved(deps);
        await deps.notifyPages(null, 'roles');
      }
      return report;
    },
  };
}
