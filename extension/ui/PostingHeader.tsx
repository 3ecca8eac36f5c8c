import { Fragment } from 'preact';
import type { Posting } from '../../src/schema/posting.ts';

const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;

/** "de" -> "German", in the interface's language; the code itself where Intl cannot name it. */
export function languageName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Title and "company — locations — workplace". Each field is page text in its own <bdi>: a
 * right-to-left override in one field (the company) must not reverse how the next one reads.
 */
export function PostingHeader({ posting }: { posting: Posting }) {
  const meta: string[][] = [
    posting.company ? [posting.company] : [],
    posting.locations,
    posting.workplace ? [WORKPLACE[posting.workplace]] : [],
    posting.language ? [`in ${languageName(posting.language)}`] : [],
  ].filter((group) => group.length > 0);
  return (
    <header class="jl-posting">
      <h2 class="jl-posting__title">{posting.title ?? 'Untitled posting'}</h2>
      {meta.length > 0 && (
        <p class="jl-posting__meta">
          {meta.map((group, g) => (
            <Fragment key={g}>
              {g > 0 && ' — '}
              {group.map((text, i) => (
                <Fragment key={i}>
                  {i > 0 && ' · '}
                  <bdi>{text}</bdi>
                </Fragment>
              ))}
            </Fragment>
          ))}
        </p>
      )}
    </header>
  );
}
