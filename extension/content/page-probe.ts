const MAX_H1_CHARS = 200;

/**
 * A cheap fingerprint of what a parse would read: URL, title, first heading, the length of
 * the body's text and of any JSON-LD. Late content (a Workday job rendered after load, a
 * salary filled in, Ashby's app data) changes it; a page that merely ticks does not, so the
 * look schedule re-parses only when this changes. O(page) in native code, no parse.
 */
export function pageProbe(doc: Document, url: string): string {
  const h1 = (doc.querySelector('h1')?.textContent ?? '').slice(0, MAX_H1_CHARS);
  let ld = 0;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
    ld += (s.textContent ?? '').length;
  const body = doc.body ? (doc.body.textContent ?? '').length : 0;
  return `${url}\n${doc.title}\n${h1}\n${body}\n${ld}`;
}
