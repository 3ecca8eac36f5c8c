/** Our extension pages, by file name. Zod-free: the pages' own bundles import it. */
export const PAGE_NAMES = ['popup', 'panel', 'options'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

/** "chrome-extension://id/popup.html?tab=3" -> "popup"; anything else -> null. */
export function pageOf(url: string, extensionOrigin: string): PageName | null {
  if (!url.startsWith(extensionOrigin)) return null;
  const path = url.slice(extensionOrigin.length).split(/[?#]/, 1)[0] ?? '';
  const name = path.replace(/\.html$/, '');
  return (PAGE_NAMES as readonly string[]).includes(name) && path.endsWith('.html')
    ? (name as PageName)
    : null;
}
