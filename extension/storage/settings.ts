import { z } from 'zod';

export const SitePanelSettings = z.object({
  hidden: z.boolean().default(false),
  collapsed: z.boolean().default(false),
});
export type SitePanelSettings = z.infer<typeof SitePanelSettings>;

/** Per-site panel state is keyed by hostname ("boards.greenhouse.io"). */
export const Settings = z.object({
  sites: z.record(z.string(), SitePanelSettings).default({}),
  /** Origins ("https://careers.example.com") the user chose "Always run on this site" for. */
  alwaysRun: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { sites: {}, alwaysRun: [] };
export const DEFAULT_SITE: SitePanelSettings = { hidden: false, collapsed: false };

export function siteSettings(settings: Settings, host: string): SitePanelSettings {
  return settings.sites[host] ?? DEFAULT_SITE;
}
