import { useMemo, useRef, useState } from 'preact/hooks';
import { suggestSkills } from './model/profile-edit.ts';

interface Props {
  onAdd(name: string): void;
}

/**
 * Add a skill, with suggestions from the parser's catalog. Enter adds the first suggestion
 * (so "golang" adds Go); each suggestion is also a button, reachable with Tab.
 */
export function SkillPicker({ onAdd }: Props) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const suggestions = useMemo(() => suggestSkills(text), [text]);
  const add = (name: string) => {
    if (!name.trim()) return;
    onAdd(name);
    setText('');
    input.current?.focus();
  };
  const best = suggestions[0]?.name ?? text;
  return (
    <div class="jl-picker">
      <label for="jl-skill-input">Add a skill</label>
      <div class="jl-row">
        <input
          id="jl-skill-input"
          ref={input}
          type="text"
          value={text}
          autocomplete="off"
          maxLength={100}
          aria-describedby="jl-skill-hint"
          data-testid="joblens-skill-input"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(best);
            } else if (e.key === 'Escape') setText('');
          }}
        />
        <button type="button" class="jl-btn" disabled={!text.trim()} onClick={() => add(best)}>
          Add
        </button>
      </div>
      <p id="jl-skill-hint" class="jl-muted">
        Type a skill or another name for it; Enter adds the first suggestion.
      </p>
      {suggestions.length > 0 && (
        <ul class="jl-suggestions" aria-label="Suggestions">
          {suggestions.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                class="jl-chip jl-chip--button"
                data-testid="joblens-skill-suggestion"
                onClick={() => add(s.name)}
              >
                {s.name}
                {s.alias && <span class="jl-muted"> ({s.alias})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="jl-visually-hidden" aria-live="polite">
        {text.trim() ? `${suggestions.length} suggestions` : ''}
      </p>
    </div>
  );
}
