import { useCallback, useEffect, useState } from 'preact/hooks';

export type OptionsTab = 'roles' | 'profile' | 'insights';

const BY_HASH: Readonly<Record<string, OptionsTab>> = {
  '#roles': 'roles',
  '#transfer': 'roles',
  '#profile': 'profile',
  '#welcome': 'profile',
  '#insights': 'insights',
};

const fromHash = (): OptionsTab | null =>
  typeof location === 'undefined' ? null : (BY_HASH[location.hash] ?? null);

/**
 * The options page's tab: the one the address names (#profile, #welcome, #roles, #insights),
 * else the one the user picked, else null (the page then chooses: roles when there are some).
 */
export function useOptionsTab() {
  const [tab, setTabState] = useState<OptionsTab | null>(fromHash);
  useEffect(() => {
    const onHash = () => setTabState(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const setTab = useCallback((next: OptionsTab) => {
    setTabState(next);
    // Keeps the tab across a reload without adding a history entry per click.
    history.replaceState(null, '', `#${next}`);
  }, []);
  return [tab, setTab] as const;
}
