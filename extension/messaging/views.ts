import { z } from 'zod';
import { Match } from '../../src/schema/match.ts';
import { Posting } from '../../src/schema/posting.ts';
import { TargetSalary } from '../../src/schema/profile.ts';
import { SavedRole } from '../storage/saved-role.ts';
import { SitePanelSettings } from '../storage/settings.ts';

/** What a content script needs to know to show (or not show) the panel in its tab. */
export const ContentView = z.object({
  tabId: z.number().int().nonnegative(),
  hidden: z.boolean(),
  collapsed: z.boolean(),
  /** The posting's pay in one line, for the bar (barPay); null when none is known. */
  pay: z.string().max(200).nullable(),
});
export type ContentView = z.infer<typeof ContentView>;

/** Everything the popup and the panel show about one tab. */
export const TabView = z.object({
  tabId: z.number().int().nonnegative(),
  status: z.enum(['posting', 'none', 'unknown']),
  url: z.string().nullable(),
  host: z.string().nullable(),
  key: z.string().nullable(),
  posting: Posting.nullable(),
  match: Match.nullable(),
  saved: SavedRole.nullable(),
  hasProfile: z.boolean(),
  profileLocation: z.string().nullable(),
  /** The user's target pay, for the tick on each range's bar. */
  profileTarget: TargetSalary.nullable(),
  site: SitePanelSettings,
  notices: z.number().int().nonnegative(),
});
export type TabView = z.infer<typeof TabView>;

export const Ack = z.object({ done: z.literal(true) });
export type Ack = z.infer<typeof Ack>;
