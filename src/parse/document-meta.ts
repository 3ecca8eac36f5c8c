/** Page-level hints every HTML page may carry, whatever the site. */

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** The page's own idea of its URL, for saved pages read without --url. */
export function urlFromDocument(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = meta(doc, 'meta[property="og:url"]');
  if (og && /^https?:\/\//i.test(og)) return og;
  // Browsers' "Save page as" leaves <!-- saved from url=(0042)https://... --> at the top.
  const head = doc.documentElement?.outerHTML?.slice(0, 2000) ?? '';
  const saved = /saved from url=\(\d+\)(https?:\/\/[^\s>]+)/i.exec(head);
  return saved?.[1] ?? null;
}

export function titleFromDocument(doc: Document): string | null {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1 && h1.length <= 200) return h1;
  return meta(doc, 'meta[property="og:title"]') ?? (doc.title?.trim() || null);
}

export function companyFromDocument(doc: Document): string | null {
  return meta(doc, 'meta[property="og:site_name"]');
}

export function safeUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
