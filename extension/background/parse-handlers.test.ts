import { describe, expect, it } from 'vitest';
import type { From } from '../messaging/check-incoming.ts';
import type { PageSnapshot } from '../messaging/snapshot.ts';
import { createParseHandlers } from './parse-handlers.ts';

const URL_ = 'https://boards.greenhouse.io/acme/jobs/4012345';
const snapshot = (url: string): PageSnapshot => ({
  url,
  sources: [
    {
      source: 'adapter',
      jobId: '4012345',
      title: 'Welder',
      descriptionText:
        'Responsibilities\nWeld steel frames.\nRequirements\n3+ years of TIG welding.',
      reasons: ['Greenhouse job page'],
    },
  ],
  fallbackText: '',
  fallbackTitle: 'Welder',
  adapterId: 'greenhouse',
  hasJobPostingJsonLd: false,
});
const content = (url: string): From => ({ kind: 'content', tabId: 3, url, frameId: 0 });

describe('page/parse', () => {
  const parse = createParseHandlers()['page/parse'];

  it('builds the posting from the snapshot of the sending page', async () => {
    const posting = await parse(snapshot(URL_), content(URL_));
    expect(posting).toMatchObject({ site: 'greenhouse', jobId: '4012345', title: 'Welder' });
  });

  it('refuses a snapshot of another origin than the sender', () => {
    expect(() => parse(snapshot('https://evil.test/jobs/1'), content(URL_))).toThrow(/outside/);
  });

  it('refuses anything but a content script', () => {
    expect(() => parse(snapshot(URL_), { kind: 'page', page: 'popup', tabId: null })).toThrow(
      /content scripts/,
    );
  });
});
