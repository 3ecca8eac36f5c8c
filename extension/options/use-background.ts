import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onPageChanged, type PageChange } from '../ui/page-events.ts';

/**
 * Load something from the background, and again whenever a matching change is announced.
 * With `initial` (read before the page rendered), the first load is skipped.
 */
export function useBackground<T>(
  load: () => Promise<T>,
  when: PageChange['what'][],
  initial: T | null = null,
) {
  const [data, setData] = useState<T | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const skipFirstLoad = useRef(initial !== null);
  const key = when.join(',');
  const refresh = useCallback(() => {
    load()
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
  }, [key]);
  useEffect(() => {
    if (!skipFirstLoad.current) refresh();
    skipFirstLoad.current = false;
    return onPageChanged((c) => {
      if (key.split(',').includes(c.what)) refresh();
    });
  }, [refresh, key]);
  return { data, error, refresh };
}
