import { NoticeList } from './NoticeList.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SavedList } from './SavedList.tsx';

/** Minimal options page: profile import/export, saved roles, set-aside data notices. */
export function Options() {
  return (
    <main class="jl-options">
      <h1>JobLens</h1>
      <p class="jl-muted">Everything stays in this browser: JobLens makes no network requests.</p>
      <NoticeList />
      <ProfileSection />
      <SavedList />
    </main>
  );
}
