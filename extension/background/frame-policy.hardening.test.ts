import { describe, expect, it } from 'vitest';
import { frameVerdict, type Recorded, takesReport } from './frame-policy.ts';

const TOP = 0;
const JOB_FRAME = 7;
const OTHER_FRAME = 9;
const none: Recorded | null = null;
const topPosting: Recorded = { holds: true, holder: TOP };
const topNothing: Recorded = { holds: false, holder: TOP };
const framePosting: Recorded = { holds: true, holder: JOB_FRAME };
const frameNothing: Recorded = { holds: false, holder: JOB_FRAME };

describe('frameVerdict: one posting per tab, from the right frame', () => {
  it.each([
    // The top frame: as before frames existed, except it cannot blank a live frame's job.
    ['top posting, nothing recorded', none, TOP, true, 'take'],
    ['top posting over a frame posting', framePosting, TOP, true, 'take'],
    ['top "no posting" over its own posting', topPosting, TOP, false, 'take'],
    ['top "no posting" over a frame posting (iCIMS shell)', framePosting, TOP, false, 'ask'],
    ['top "no posting" over a frame "no posting"', frameNothing, TOP, false, 'take'],
    // A frame: it may add a posting, never replace the top's, only clear its own.
    ['frame posting, nothing recorded (company careers page)', none, JOB_FRAME, true, 'take'],
    ['frame posting, top said "no posting"', topNothing, JOB_FRAME, true, 'take'],
    ['frame posting under a top posting', topPosting, JOB_FRAME, true, 'keep'],
    ['frame posting replacing another frame', framePosting, OTHER_FRAME, true, 'take'],
    ['frame "no posting" clears its own posting', framePosting, JOB_FRAME, false, 'take'],
    ['frame "no posting" beside another frame posting', framePosting, OTHER_FRAME, false, 'keep'],
    ['frame "no posting" under a top posting', topPosting, JOB_FRAME, false, 'keep'],
    ['frame "no posting", nothing recorded', none, JOB_FRAME, false, 'keep'],
  ] as const)('%s -> %s', (_label, current, frameId, isPosting, verdict) => {
    expect(frameVerdict(current, { frameId, isPosting })).toBe(verdict);
  });
});

describe('takesReport: asks the frame before the top frame blanks its posting', () => {
  const deps = (
    record: { key: string | null; frameId?: number } | null,
    frameHas: string | null | 'gone',
  ) => {
    const pinged: number[] = [];
    return {
      pinged,
      tabs: { get: async () => record },
      pingContent: async (_tab: number, frameId: number) => {
        pinged.push(frameId);
        return frameHas === 'gone' ? null : { key: frameHas };
      },
    };
  };

  it('the job frame still shows it: the shell top frame does not clear it', async () => {
    const d = deps({ key: 'icims:4242', frameId: 7 }, 'icims:4242');
    expect(await takesReport(d, { tabId: 1, frameId: 0 }, false)).toBe(false);
    expect(d.pinged).toEqual([7]);
  });

  it.each([
    ['the frame is gone', 'gone'],
    ['the frame moved on to no posting', null],
    ['the frame shows another job', 'icims:1'],
  ] as const)('%s: the top frame is believed', async (_label, there) => {
    const d = deps({ key: 'icims:4242', frameId: 7 }, there);
    expect(await takesReport(d, { tabId: 1, frameId: 0 }, false)).toBe(true);
  });

  it('no ping when nothing needs asking', async () => {
    const d = deps({ key: 'greenhouse:1', frameId: 0 }, 'gone');
    expect(await takesReport(d, { tabId: 1, frameId: 0 }, false)).toBe(true);
    expect(await takesReport(d, { tabId: 1, frameId: 3 }, true)).toBe(false);
    expect(await takesReport(d, { tabId: 1 }, true)).toBe(true);
    expect(d.pinged).toEqual([]);
  });
});
