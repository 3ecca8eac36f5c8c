import type { Posting } from '../../src/schema/posting.ts';

const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;

export function PostingHeader({ posting }: { posting: Posting }) {
  const meta = [
    posting.company,
    posting.locations.join(' · ') || null,
    posting.workplace ? WORKPLACE[posting.workplace] : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <header class="jl-posting">
      <h2 class="jl-posting__title">{posting.title ?? 'Untitled posting'}</h2>
      {meta.length > 0 && <p class="jl-posting__meta">{meta.join(' — ')}</p>}
    </header>
  );
}
