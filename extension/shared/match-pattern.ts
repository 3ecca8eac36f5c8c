import { globMatches } from '../../src/text/glob.ts';

/**
 * WebExtension match patterns ("https://*.greenhouse.io/*"), enough to tell whether a URL is
 * one the manifest's patterns cover: the content script uses it to decide whether the panel
 * page may be framed here (web_accessible_resources lists the same patterns).
 */
export function matchesPattern(pattern: string, rawUrl: string): boolean {
  const url = parsed(rawUrl);
  return url !== null && matchesParsed(pattern, url);
}

function parsed(rawUrl: string): URL | null {
  try {
    return new URL(rawUrl);
  } catch {
    return null;
  }
}

/** The parts of a URL a pattern reads: a URL, or a page's `location`. */
type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

function matchesParsed(pattern: string, url: UrlParts): boolean {
  if (pattern === '<all_urls>') return url.protocol === 'http:' || url.protocol === 'https:';
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = '', path = ''] = m;
  const proto = url.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) {
      return false;
    }
  }
  return globMatches(path, url.pathname + url.search);
}

/**
 * The URL is parsed once for all the patterns; the content script, which asks on every matched
 * page, passes the page's `location` and builds no URL at all.
 */
export function matchesAny(patterns: readonly string[], url: string | UrlParts): boolean {
  const u = typeof url === 'string' ? parsed(url) : url;
  return u !== null && patterns.some((p) => matchesParsed(p, u));
}

/** "https://careers.example.com" for an http(s) URL, else null. */
export function webOrigin(rawUrl: string): string | null {
  try {
    const url = new URL(rawUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** A content script speaks for its own page only: `url` must be a web URL of the sender's origin. */
export function sameWebOrigin(url: string, senderUrl: string): boolean {
  const origin = webOrigin(url);
  return origin !== null && origin === webOrigin(senderUrl);
}

/** The host permission pattern that covers one origin. */
export const originPattern = (origin: string): string => `${origin}/*`;

export function hostOf(rawUrl: string): string | null {
  try {
    return new URL(rawUrl).hostname || null;
  } catch {
    return null;
  }
}
