import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import {
  mergeStoredSettings,
  readSettings,
  SETTINGS_DEFAULTS,
  SETTINGS_KEY,
} from '../../../../../extension/data/settings/settings-read';
import { loadSettings, saveSettings } from '../../../../../extension/data/settings/settings-repository';
import { SettingsSchema } from '../../../../../shared/model/settings';

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`settings-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('settings storage', () => {
  it('the zod-free defaults are exactly the schema defaults', () => {
    expect(SETTINGS_DEFAULTS).toEqual(SettingsSchema.parse({}));
  });

  it('merges stored settings over the defaults and ignores keys of the wrong shape', () => {
    expect(mergeStoredSettings(undefined)).toEqual(SETTINGS_DEFAULTS);
    expect(mergeStoredSettings('junk')).toEqual(SETTINGS_DEFAULTS);
    const merged = mergeStoredSettings({
      capacity: 10,
      stageNames: { es: { interest: 'Interesado' } },
      reviewCadenceDays: 'weekly',
      customSources: 'fair',
      lostReasons: ['Price'],
    });
    expect(merged).toEqual({
      ...SETTINGS_DEFAULTS,
      capacity: 10,
      stageNames: { es: { interest: 'Interesado' } },
      lostReasons: ['Price'],
    });
  });

  it('keeps the team’s pain point and decision helper lists on the fast read (the pickers read them)', () => {
    const painPoints = [{ id: 'x', label: { en: 'X', es: 'X' } }];
    const decisionHelpers = [{ id: 'y', label: { en: 'Y', es: 'Y' }, removed: true }];
    expect(mergeStoredSettings({ painPoints, decisionHelpers, lostReasons: 'no' })).toEqual({
      ...SETTINGS_DEFAULTS,
      painPoints,
      decisionHelpers,
    });
  });

  it("keeps the team's stage criteria on the fast read (the move control reads them); not a list", () => {
    const stageCriteria = { interest: { exit: [{ en: 'Agreed', es: 'Acordado' }] } };
    expect(mergeStoredSettings({ stageCriteria })).toEqual({ ...SETTINGS_DEFAULTS, stageCriteria });
    expect(mergeStoredSettings({ stageCriteria: [stageCriteria] })).toEqual(SETTINGS_DEFAULTS);
  });

  it('saves only valid settings, in the meta table, and reads them back both ways', async () => {
    const bad = await saveSettings(db, { capacity: 0, stallDays: { interest: 999 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.path).sort()).toEqual(['capacity', 'stallDays.interest']);
    expect(await db.meta.get(SETTINGS_KEY)).toBeUndefined();
    const good = await saveSettings(db, { capacity: 12, stageNames: { en: { decision: 'Negotiation' } } });
    expect(good.ok).toBe(true);
    expect(await loadSettings(db)).toMatchObject({
      capacity: 12,
      stageNames: { en: { decision: 'Negotiation' } },
    });
    expect(await readSettings(db)).toEqual(await loadSettings(db));
  });

  it('falls back to the defaults when the stored row is corrupt', async () => {
    await db.meta.put({ key: SETTINGS_KEY, value: { capacity: -4 } });
    expect(await loadSettings(db)).toEqual(SETTINGS_DEFAULTS);
  });
});
