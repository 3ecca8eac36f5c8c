import { useState } from 'preact/hooks';
import type { Profile } from '../../src/schema/profile.ts';
import { UndoBar } from '../ui/UndoBar.tsx';
import { addSkill, type ProfileSkill, removeSkill, restoreSkill } from './model/profile-edit.ts';
import { SkillPicker } from './SkillPicker.tsx';
import { SkillTable } from './SkillTable.tsx';
import { TargetFields } from './TargetFields.tsx';
import { type SaveStatus, useProfileDraft } from './use-profile-draft.ts';

function statusText(s: SaveStatus): string {
  switch (s.kind) {
    case 'idle':
      return '';
    case 'pending':
      return 'Saving…';
    case 'saved':
      if (s.notice) return `Saved. ${s.notice}`;
      return s.synced
        ? 'All changes saved (also synced with your browser account).'
        : 'All changes saved in this browser.';
    case 'error':
      return s.text;
  }
}

/** Edit the profile in place; every change is saved as you go. */
export function ProfileEditor({
  saved,
  numbered = false,
}: {
  saved: Profile | null;
  numbered?: boolean;
}) {
  const { draft, edit, status, setStatus } = useProfileDraft(saved);
  const [removed, setRemoved] = useState<{ skill: ProfileSkill; index: number } | null>(null);
  const text = statusText(status);
  return (
    <div class="jl-editor">
      <h3 id="skills-h">{numbered ? '1. Your skills' : 'Skills'}</h3>
      <SkillPicker onAdd={(name) => edit(addSkill(draft, name))} />
      <SkillTable
        profile={draft}
        onChange={edit}
        onRemove={(index) => {
          const skill = draft.skills[index];
          if (!skill) return;
          setRemoved({ skill, index });
          edit(removeSkill(draft, index));
        }}
        onInvalid={(m) => setStatus({ kind: 'error', text: `Not saved: ${m}.` })}
      />
      <UndoBar
        testId="joblens-skill-undo"
        message={removed && `Removed ${removed.skill.name} from your skills.`}
        onDismiss={() => setRemoved(null)}
        onUndo={() => {
          if (removed) edit(restoreSkill(draft, removed.skill, removed.index));
          setRemoved(null);
        }}
      />
      <h3>{numbered ? '2. Pay and place' : 'Pay and place'}</h3>
      <TargetFields profile={draft} onChange={edit} />
      <p
        role="status"
        class={`jl-save-status${status.kind === 'error' ? ' jl-error' : status.kind === 'saved' ? ' jl-ok' : ''}`}
        data-testid="joblens-profile-status"
        data-state={status.kind}
      >
        {text}
      </p>
    </div>
  );
}
