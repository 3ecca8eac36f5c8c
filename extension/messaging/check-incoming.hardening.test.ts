import { describe, expect, it } from 'vitest';
import { checkIncoming, type ReceiverContext, type SenderInfo } from './check-incoming.ts';
import { envelope } from './protocol.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const bg: ReceiverContext = { receiver: 'background', extensionId: ID, extensionOrigin: ORIGIN };
const ICIMS_JOB = 'https://careers-acme.icims.com/jobs/4242/engineer/job?in_iframe=1';
const report = (url: string) => envelope('posting/none', { url });
const frame = (url: string, frameId: number): SenderInfo => ({
  id: ID,
  url,
  frameId,
  tab: { id: 7 },
});

/** Content scripts in frames: only on the frame-enabled sites (iCIMS), and never as pages. */
describe('checkIncoming: reports from frames', () => {
  it('an iCIMS job frame reports, and the background learns which frame', () => {
    expect(checkIncoming(report(ICIMS_JOB), frame(ICIMS_JOB, 4), bg)).toMatchObject({
      ok: true,
      from: { kind: 'content', tabId: 7, url: ICIMS_JOB, frameId: 4 },
    });
  });

  it('the top frame is frame 0', () => {
    const top = 'https://boards.greenhouse.io/acme/jobs/1';
    expect(checkIncoming(report(top), frame(top, 0), bg)).toMatchObject({
      ok: true,
      from: { frameId: 0 },
    });
  });

  it.each([
    ['a Greenhouse frame', 'https://boards.greenhouse.io/acme/jobs/1'],
    ['a look-alike host', 'https://careers-acme.icims.com.evil.example/jobs/4242/job'],
    ['an unknown site', 'https://ads.example/frame.html'],
  ])('%s is refused (sub-frame)', (_label, url) => {
    const r = checkIncoming(report(url), frame(url, 3), bg);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/sub-frame/);
  });

  it('a frame still cannot write user data', () => {
    const r = checkIncoming(envelope('role/save', { tabId: 7 }), frame(ICIMS_JOB, 4), bg);
    expect(r.ok).toBe(false);
  });
});
