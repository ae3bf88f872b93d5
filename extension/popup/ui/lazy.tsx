import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/**
 * A component whose code is fetched on first use (dynamic import), so the
 * popup's first paint does not carry it. Each loader is fetched once; the same
 * <Lazy> switching to another loader shows the other component.
 */
const loadedModules = new Map<unknown, ComponentType<never>>();

export function Lazy<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<{ load: unknown; message: string } | null>(null);
  const Comp = loadedModules.get(load) as ComponentType<P> | undefined;
  useEffect(() => {
    if (Comp) return;
    let live = true;
    load()
      .then((m) => {
        // A screen module without a default export is a wiring mistake: say so instead of crashing.
        if (typeof m.default !== 'function') throw new Error('module has no default export');
        loadedModules.set(load, m.default as ComponentType<never>);
        if (live) setLoaded((n) => n + 1);
      })
      .catch((err: unknown) => live && setFailed({ load, message: String(err) }));
    return () => {
      live = false;
    };
  }, [load, Comp]);
  if (failed?.load === load) return <p class="message message-warn">{t('loadFailed', failed.message)}</p>;
  if (!Comp) return <p class="loading">{t('loading')}</p>;
  return <Comp {...props} />;
}
