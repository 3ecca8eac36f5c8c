import type { ProfileState } from '../storage/profile-store.ts';
import { count } from '../ui/count.ts';
import { PinSteps } from './PinSteps.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ProfileFileControls } from './ProfileFileControls.tsx';
import { ProfileSyncChoice } from './ProfileSyncChoice.tsx';

function summary(state: ProfileState): string {
  const p = state.profile;
  if (!p) return 'No profile yet: add your skills below, or import a profile file.';
  const t = p.targetSalary;
  return [
    count(p.skills.length, 'skill'),
    p.location ?? '',
    t ? `target ${t.min.toLocaleString('en-US')} ${t.currency}/${t.period}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The profile: a summary, the editor, and the profile file import/export. Without a profile
 * (a new user, or the page opened at #welcome) it is the one-minute setup: skills, pay and
 * place, or a profile file; then how to pin the toolbar button.
 */
export function ProfileSection({ state }: { state: ProfileState | null }) {
  const setup =
    state !== null &&
    (state.profile === null ||
      state.profile.skills.length === 0 ||
      (typeof location !== 'undefined' && location.hash === '#welcome'));
  return (
    <section
      class={setup ? 'jl-card jl-setup' : 'jl-card'}
      id="profile"
      aria-labelledby="profile-h"
      data-testid={setup ? 'joblens-setup' : undefined}
    >
      <h2 id="profile-h">{setup ? 'Set up JobLens (about a minute)' : 'Your profile'}</h2>
      <p class="jl-muted" data-testid="joblens-profile-summary">
        {state ? summary(state) : 'Loading…'}
      </p>
      {setup && (
        <p>
          Add the skills you work with (1), your pay target and where you want to work (2), or
          import a profile file. Everything stays in this browser.
        </p>
      )}
      <ProfileFileControls profile={state?.profile ?? null} />
      {state && <ProfileEditor saved={state.profile} numbered={setup} />}
      {setup && <PinSteps />}
      {state && <ProfileSyncChoice state={state} />}
    </section>
  );
}
