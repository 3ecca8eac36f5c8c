import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { PANEL_STYLES } from '../shared/panel-styles.ts';

/**
 * Tells the host the height the panel's content needs, as it changes, so the host fits it
 * (at most the viewport: the host clamps). The host is in the page, so the page can read
 * the panel's size anyway; the message carries that number and nothing of what it shows.
 * `chrome` is what sits above the content (the header) and around it (the body's padding);
 * `shown` is false until the content element is rendered.
 */
export function useFitHeight(
  content: RefObject<HTMLElement>,
  chrome: number,
  shown: boolean,
): void {
  useEffect(() => {
    const el = content.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const tell = () => {
      const height = Math.ceil(el.getBoundingClientRect().height) + chrome;
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: PANEL_STYLES.heightMessage, height }, '*');
    };
    const observer = new ResizeObserver(tell);
    observer.observe(el);
    tell();
    return () => observer.disconnect();
  }, [content, chrome, shown]);
}
