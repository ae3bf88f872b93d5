import { computed, signal } from '@preact/signals';
import type { Settings } from '../../shared/model/settings';
import { resolveProcess } from '../../shared/process/resolve-settings';
import type { StageId } from '../../shared/process/stage-list';
import { DEFAULT_LOST_REASONS } from '../../shared/process/stages';
import { readSettings, SETTINGS_DEFAULTS } from '../data/settings/settings-read';
import { applyLanguage, uiLang } from '../ui/i18n';
import { database } from './lazy-database';
import { keepSettings, readCachedSettings } from './pipeline/first-screen-cache';

/** The team's settings as the whole app sees them: a rename here shows on every screen. */
export const settings = signal<Settings>(SETTINGS_DEFAULTS);
export const processDef = computed(() => resolveProcess(settings.value));

/** First read, before the first paint: no validation code (see settings-read.ts). */
export async function loadSettingsFast(): Promise<void> {
  const s = await readSettings(await database());
  // The copy drawn first (showCachedSettings) was right: no redraw of the whole app.
  const same = shownFromCache && JSON.stringify(s) === JSON.stringify(settings.value);
  shownFromCache = false;
  if (same) keepSettings(s);
  else await setSettings(s);
}

let shownFromCache = false;

/**
 * The settings the last open kept (first-screen-cache.ts), for a first frame
 * drawn before the database is open; false when there are none.
 */
export async function showCachedSettings(): Promise<boolean> {
  const cached = readCachedSettings();
  if (!cached) return false;
  await applyLanguage(cached.language);
  settings.value = cached;
  shownFromCache = true;
  return true;
}

/** After a save: the new language's messages are ready before anything redraws. */
export async function setSettings(next: Settings): Promise<void> {
  await applyLanguage(next.language);
  settings.value = next;
  keepSettings(next);
}

export function stageName(stage: StageId): string {
  return processDef.value.stageName(stage, uiLang());
}

/** Reasons offered when a deal is lost: the team's list, or the defaults in the rep's language. */
export function lostReasonOptions(s: Settings = settings.value): string[] {
  const lang = uiLang();
  return s.lostReasons?.length ? [...s.lostReasons] : DEFAULT_LOST_REASONS.map((r) => r[lang]);
}
