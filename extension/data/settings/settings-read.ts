import type { Settings } from '../../../shared/model/settings';
import type { EmbudoDb } from '../db';

/** Row of the `meta` table that holds the settings. */
export const SETTINGS_KEY = 'settings';

/**
 * The schema's defaults (`SettingsSchema.parse({})`) written out, so the popup's
 * first screen needs no zod. test/unit/extension/popup/settings/settings-storage.test.ts fails
 * if this and the schema ever disagree.
 */
export const SETTINGS_DEFAULTS: Settings = {
  stageNames: {},
  stallDays: {},
  winProbability: {},
  capacity: 25,
  stageLimits: {},
  opportunityStage: 'consideration',
  customSources: [],
  reviewCadenceDays: 7,
  language: 'auto',
  defaultCurrency: 'EUR',
};

/** Keys the schema leaves out unless set (`undefined` = the defaults): lists, and the per-stage criteria. */
const OPTIONAL_LISTS = new Set(['lostReasons', 'painPoints', 'decisionHelpers']);
const OPTIONAL_RECORDS = new Set(['stageCriteria']);
const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

const sameKind = (a: unknown, b: unknown) =>
  Array.isArray(a) === Array.isArray(b) && typeof a === typeof b && a !== null;

/**
 * Stored settings over the defaults, without validation: every write is
 * validated (settings-repository.ts), so this only guards against a missing
 * or oddly shaped key. Pure.
 */
export function mergeStoredSettings(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...SETTINGS_DEFAULTS };
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      // Own keys only: a stored `__proto__` or `constructor` key must not find Object's.
      const fallback = Object.hasOwn(SETTINGS_DEFAULTS, key)
        ? (SETTINGS_DEFAULTS as Record<string, unknown>)[key]
        : undefined;
      if (
        fallback === undefined
          ? (OPTIONAL_LISTS.has(key) && Array.isArray(value)) ||
            (OPTIONAL_RECORDS.has(key) && isRecord(value))
          : sameKind(value, fallback)
      ) {
        out[key] = value;
      }
    }
  }
  return out as Settings;
}

/** The settings for the first screen: one `meta` read, no schema code. */
export async function readSettings(db: EmbudoDb): Promise<Settings> {
  return mergeStoredSettings((await db.meta.get(SETTINGS_KEY))?.value);
}
