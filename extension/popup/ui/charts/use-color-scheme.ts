import { useEffect, useState } from 'preact/hooks';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The colour scheme the page is drawn in, updated when the system (or the
 * browser) switches it: a canvas does not restyle itself, so a chart redraws
 * with the new ink when this changes.
 */
export function useColorScheme(): 'dark' | 'light' {
  const query = typeof matchMedia === 'function' ? matchMedia(DARK) : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query?.media]);
  return dark ? 'dark' : 'light';
}
