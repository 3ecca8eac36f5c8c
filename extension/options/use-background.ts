import { useCallback, useEffect, useState } from 'preact/hooks';
import { onPageChanged, type PageChange } from '../ui/page-events.ts';

/** Load something from the background, and again whenever a matching change is announced. */
export function useBackground<T>(load: () => Promise<T>, when: PageChange['what'][]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
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
    refresh();
    return onPageChanged((c) => {
      if (key.split(',').includes(c.what)) refresh();
    });
  }, [refresh, key]);
  return { data, error, refresh };
}
