import { z } from 'zod';

export const SitePanelSettings = z.object({
  hidden: z.boolean().default(false),
  // Collapsed to the bar until the user opens the panel on the site: the framed panel costs
  // the page more than everything else we do there together (bench/README.md).
  collapsed: z.boolean().default(true),
});
export type SitePanelSettings = z.infer<typeof SitePanelSettings>;

/** Per-site panel state is keyed by hostname ("boards.greenhouse.io"). */
export const Settings = z.object({
  sites: z.record(z.string(), SitePanelSettings).default({}),
  /** Origins ("https://careers.example.com") the user chose "Always run on this site" for. */
  alwaysRun: z.array(z.string()).default([]),
  /**
   * Also keep the profile in storage.sync, which the browser uploads to the user's account.
   * Off unless the user turns it on in the options: JobLens keeps user data on the machine.
   */
  profileSync: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { sites: {}, alwaysRun: [], profileSync: false };
export const DEFAULT_SITE: SitePanelSettings = { hidden: false, collapsed: true };

export function siteSettings(settings: Settings, host: string): SitePanelSettings {
  return settings.sites[host] ?? DEFAULT_SITE;
}
