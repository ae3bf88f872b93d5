import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { loadMetricsInput, type MetricsData } from '../../data/leads/metrics-input';
import { dataVersion } from '../pipeline/pipeline-store';
import { settings } from '../settings-store';

/**
 * Every lead and event, read once per data version and shared by the metrics,
 * problems and review screens: switching between them reads nothing again.
 * The app bumps `dataVersion` after every write, and settings saved on the
 * settings screen replace the `settings` signal: either drops the cache.
 */
let cache: { version: number; settings: unknown; data: Promise<MetricsData> } | null = null;

function metricsData(): Promise<MetricsData> {
  const version = dataVersion.value;
  if (cache?.version !== version || cache.settings !== settings.value) {
    const data = loadMetricsInput(getDb());
    cache = { version, settings: settings.value, data };
    // A failed read is not cached: the next visit tries again.
    data.catch(() => {
      if (cache?.data === data) cache = null;
    });
  }
  return cache.data;
}

/**
 * Starts the read a metrics screen is about to ask for (screens.ts calls it when the
 * tab is chosen). A failure is left to the screen's own read, which shows it.
 */
export function prefetchMetricsData(): void {
  metricsData().catch(() => undefined);
}

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: MetricsData; now: number };

/** The data for a screen, reloaded when the app writes; `now` is pinned per load so figures stay still. */
export function useMetricsData(): Loaded {
  const version = dataVersion.value;
  const current = settings.value;
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    metricsData().then(
      (data) => live && setState({ status: 'ready', data, now: Date.now() }),
      (err: unknown) =>
        live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [version, current]);
  return state;
}
