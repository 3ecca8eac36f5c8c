import { useEffect, useState } from 'preact/hooks';

/** The value, updated only after it has stopped changing for `ms`. */
export function useDeferred<T>(value: T, ms: number): T {
  const [deferred, setDeferred] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDeferred(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return deferred;
}
