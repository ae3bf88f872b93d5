import type { ComponentType } from 'preact';
import type { MessageKey } from '../ui/i18n';
import type { ScreenId } from './navigation-store';

/**
 * The app's screens. Pipeline is drawn by the app itself; every other screen
 * is a module loaded on first use (dynamic import), so the popup's first
 * paint carries none of their code.
 *
 * To plug a screen in, create the module at its `path` below with a default
 * export: a component taking no props (use navigation-store.ts to open a lead
 * or switch screen). A screen whose module does not exist yet is not listed.
 */
export interface ScreenModule {
  default: ComponentType;
}

export interface ScreenEntry {
  id: ScreenId;
  label: MessageKey;
  /** Lazy module; absent for the built-in pipeline screen. */
  load?: () => Promise<ScreenModule>;
}

interface Candidate {
  id: ScreenId;
  label: MessageKey;
  path?: string;
}

export const SCREEN_CANDIDATES: readonly Candidate[] = [
  { id: 'pipeline', label: 'screenPipeline' },
  { id: 'problems', label: 'screenProblems', path: './metrics/problems-screen.tsx' },
  { id: 'metrics', label: 'screenMetrics', path: './metrics/metrics-screen.tsx' },
  { id: 'review', label: 'screenReview', path: './metrics/review-screen.tsx' },
  { id: 'data', label: 'screenData', path: './data/data-screen.tsx' },
  { id: 'settings', label: 'screenSettings', path: './settings/settings-screen.tsx' },
];

/** The screens whose module exists, in tab-bar order. Pure. */
export function availableScreens(
  candidates: readonly Candidate[],
  modules: Record<string, () => Promise<ScreenModule>>,
): ScreenEntry[] {
  const out: ScreenEntry[] = [];
  for (const c of candidates) {
    if (!c.path) out.push({ id: c.id, label: c.label });
    else if (modules[c.path]) out.push({ id: c.id, label: c.label, load: modules[c.path] });
  }
  return out;
}

// Vite resolves this at build time into one lazy import per file that exists.
const MODULES = import.meta.glob<ScreenModule>([
  './metrics/*-screen.tsx',
  './data/*-screen.tsx',
  './settings/*-screen.tsx',
]);

export const SCREENS: readonly ScreenEntry[] = availableScreens(SCREEN_CANDIDATES, MODULES);
