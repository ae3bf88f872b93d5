import { type Settings, SettingsSchema } from '../../../shared/model/settings';
import type { EmbudoDb } from '../db';
import { SETTINGS_DEFAULTS, SETTINGS_KEY } from './settings-read';

/** A path in the settings (e.g. `stallDays.interest`) and what is wrong with it. */
interface SettingsIssue {
  path: string;
  code: string;
  message: string;
}

type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** The stored settings, validated; a row that fails the schema is reported and the defaults are used. */
export async function loadSettings(db: EmbudoDb): Promise<Settings> {
  const row = await db.meta.get(SETTINGS_KEY);
  if (row === undefined) return SETTINGS_DEFAULTS;
  const parsed = SettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.warn(`[embudo] stored settings are invalid, using defaults: ${parsed.error.issues[0]?.message}`);
  return SETTINGS_DEFAULTS;
}

/** Validates and stores the settings; nothing invalid is written. */
export async function saveSettings(db: EmbudoDb, input: unknown): Promise<SaveSettingsResult> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })),
    };
  }
  await db.meta.put({ key: SETTINGS_KEY, value: parsed.data });
  return { ok: true, settings: parsed.data };
}
