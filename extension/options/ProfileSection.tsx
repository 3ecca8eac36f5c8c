import type { ProfileState } from '../storage/profile-store.ts';
import { count } from '../ui/count.ts';
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

/** The profile: a summary, the editor, and the profile file import/export. */
export function ProfileSection({ state }: { state: ProfileState | null }) {
  return (
    <section class="jl-card" id="profile" aria-labelledby="profile-h">
      <h2 id="profile-h">Your profile</h2>
      <p class="jl-muted" data-testid="joblens-profile-summary">
        {state ? summary(state) : 'Loading…'}
      </p>
      <ProfileFileControls profile={state?.profile ?? null} />
      {state && <ProfileEditor saved={state.profile} />}
      {state && <ProfileSyncChoice state={state} />}
    </section>
  );
}
