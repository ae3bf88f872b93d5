import type { ComponentType } from 'preact';
import type { MessageKey } from '../ui/i18n';
import type { ScreenId } from './navigation-store';

/**
 * The app's screens, in tab-bar order. The pipeline is drawn by the app itself;
 * every other screen is a module loaded on first use (an explicit dynamic import
 * per screen), so the popup's first paint carries none of their code.
 *
 * To add a screen: a folder beside this file with a `*-screen.tsx` whose default
 * export is a component taking no props, and one line here.
 */
interface ScreenModule {
  default: ComponentType;
}

interface ScreenEntry {
  id: ScreenId;
  label: MessageKey;
  /** Lazy module; absent for the built-in pipeline screen. */
  load?: () => Promise<ScreenModule>;
  /** Only for members of a synced team; in the toolbar popup it opens in a tab (a wide screen). */
  team?: true;
}

/**
 * A metrics screen's loader that also starts reading every lead (metrics-data.ts, its
 * own small chunk): the read runs while the screen's code (engine, charts) downloads,
 * instead of after it loaded and drew once. The screen picks up the same read.
 */
const withMetricsData =
  (load: () => Promise<ScreenModule>): (() => Promise<ScreenModule>) =>
  () => {
    // Should this chunk fail to load, the screen's own import fails too and says so.
    import('./metrics/metrics-data').then(
      (m) => m.prefetchMetricsData(),
      () => undefined,
    );
    return load();
  };

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'pipeline', label: 'screenPipeline' },
  {
    id: 'problems',
    label: 'screenProblems',
    load: withMetricsData(() => import('./metrics/problems-screen')),
  },
  { id: 'metrics', label: 'screenMetrics', load: withMetricsData(() => import('./metrics/metrics-screen')) },
  { id: 'review', label: 'screenReview', load: withMetricsData(() => import('./metrics/review-screen')) },
  { id: 'data', label: 'screenData', load: () => import('./data/data-screen') },
  { id: 'settings', label: 'screenSettings', load: () => import('./settings/settings-screen') },
  { id: 'team', label: 'screenTeam', load: () => import('./team/team-screen'), team: true },
];
