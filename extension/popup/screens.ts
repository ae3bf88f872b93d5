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

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'pipeline', label: 'screenPipeline' },
  { id: 'problems', label: 'screenProblems', load: () => import('./metrics/problems-screen') },
  { id: 'metrics', label: 'screenMetrics', load: () => import('./metrics/metrics-screen') },
  { id: 'review', label: 'screenReview', load: () => import('./metrics/review-screen') },
  { id: 'data', label: 'screenData', load: () => import('./data/data-screen') },
  { id: 'settings', label: 'screenSettings', load: () => import('./settings/settings-screen') },
  { id: 'team', label: 'screenTeam', load: () => import('./team/team-screen'), team: true },
];
