import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, type EmbudoDb, openDb, SCHEMA_VERSIONS } from '../../../extension/data/db';
import { LeadSchema } from '../../../shared/model/lead';
import { ReviewSchema } from '../../../shared/model/review';
import { SettingsSchema } from '../../../shared/model/settings';
import { StageEventSchema } from '../../../shared/model/stage-event';
import { generatePipeline } from '../../support/generate-pipeline';
import { dumpDb } from './data-helpers';

/**
 * Dexie's own migration-test pattern: create the database at an old version,
 * fill it, close it, reopen it with the current code, and check every record
 * and field survived. It runs for every version in SCHEMA_VERSIONS, so adding
 * v2 to db.ts makes v1 → v2 tested without touching this file. A version whose
 * upgrade rewrites records says how here, in `EXPECTED_AFTER_UPGRADE`.
 */
type Dump = Awaited<ReturnType<typeof dumpDb>>;
const EXPECTED_AFTER_UPGRADE: Record<number, (before: Dump) => Dump> = {};

const T0 = Date.UTC(2026, 10, 2, 9);
const versions = Object.keys(SCHEMA_VERSIONS).map(Number);
const past = versions.filter((v) => v < CURRENT_VERSION);
// Every past version, plus the oldest one as a smoke test even while it is the current one.
const cases = [...new Set([...past, Math.min(...versions)])];

/** Records every field of the model can hold, valid for the schemas, across every table. */
async function fill(db: EmbudoDb): Promise<void> {
  const { leads, stageEvents } = generatePipeline({ leads: 60, now: T0, seed: 7 });
  const full = LeadSchema.parse({
    ...leads[0],
    id: 'every-field',
    linkedinUrl: 'https://www.linkedin.com/in/every-field/',
    email: 'every.field@example.com',
    headline: 'Head of Ops',
    location: 'Madrid',
    website: 'https://example.com',
    avatarUrl: 'https://example.com/a.png',
    lostReason: 'Price',
    quality: 4,
    painPoints: 'Slow quotes',
    decisionHelpers: 'CFO',
    notes: 'Línea 1\nLínea 2 <b>not markup</b>',
    subject: 'Re: oferta',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/1',
    provenance: {
      pageUrl: 'https://www.linkedin.com/in/every-field/',
      capturedAt: T0,
      extractor: { id: 'linkedin-profile', version: 2 },
      confidence: { name: 1, company: 0.6 },
    },
    changes: [{ field: 'company', previous: 'Old Co', at: T0, by: 'linkedin-profile' }],
  });
  // Leads without email or LinkedIn URL: the unique indexes must accept several of them.
  const keyless = [1, 2].map((i) =>
    LeadSchema.parse({ ...leads[i], id: `keyless-${i}`, email: undefined, linkedinUrl: undefined }),
  );
  await db.leads.bulkAdd([...leads.slice(3), full, ...keyless]);
  await db.stageEvents.bulkAdd(stageEvents.map((e) => StageEventSchema.parse(e)));
  await db.reviews.add(
    ReviewSchema.parse({
      id: 'r1',
      at: T0,
      figures: { winRate: 0.4, cycle: null },
      problems: { stalled: ['gen-000001'] },
      notes: 'ok',
    }),
  );
  await db.meta.bulkAdd([
    {
      key: 'settings',
      value: SettingsSchema.parse({ capacity: 30, stageNames: { es: { interest: 'Interesado' } } }),
    },
    { key: 'lastReviewAt', value: T0 },
  ]);
}

let n = 0;
const opened: EmbudoDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('schema migrations', () => {
  it('knows its versions', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(CURRENT_VERSION).toBe(Math.max(...versions));
  });

  for (const from of cases) {
    it(`v${from} → v${CURRENT_VERSION}: every record and field survives, indexes work`, async () => {
      const name = `migration-${from}-${n++}`;
      const old = openDb(name, from);
      await old.open();
      expect(old.verno).toBe(from);
      await fill(old);
      const before = await dumpDb(old);
      old.close();

      const db = openDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const expected = (EXPECTED_AFTER_UPGRADE[CURRENT_VERSION] ?? ((d: Dump) => d))(before);
      const after = await dumpDb(db);
      expect(after.leads).toHaveLength(expected.leads.length);
      expect(after).toEqual(expected);

      // The indexes the app reads through still answer, and dedupe keys are still unique.
      expect(await db.leads.where('email').equals('every.field@example.com').count()).toBe(1);
      expect(await db.stageEvents.where('leadId').equals('gen-000005').count()).toBe(
        expected.stageEvents.filter((e) => e.leadId === 'gen-000005').length,
      );
      const open = await db.leads
        .where('[status+stage+stageChangedAt]')
        .between(['open', 'awareness', 0], ['open', 'awareness', Infinity])
        .count();
      expect(open).toBe(expected.leads.filter((l) => l.status === 'open' && l.stage === 'awareness').length);
      const dup = { ...(expected.leads[0] as (typeof expected.leads)[0]), id: 'dup' };
      await expect(db.leads.add(dup)).rejects.toMatchObject({ name: 'ConstraintError' });
    });
  }
});
