import { useEffect, useState } from 'preact/hooks';

/**
 * The value, updated only after it has stopped changing for `ms`. Until then `initial` (the
 * value itself unless given), so costly work on it can wait past the first paint.
 */
export function useDeferred<T, I = T>(value: T, ms: number, ...initial: [I] | []): T | I {
  const [deferred, setDeferred] = useState<T | I>(initial.length ? (initial[0] as I) : value);
  useEffect(() => {
    const t = setTimeout(() => setDeferred(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return deferred;
}
