import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  type EmbudoDb,
  type LeadRow,
  openDb,
  SCHEMA_VERSIONS,
  type TeamDocRow,
} from '../../../../extension/data/db';
import { teamRepRows } from '../../../../extension/data/sync/team-rep-rows';
import { LeadSchema } from '../../../../shared/model/lead';
import { ReviewSchema } from '../../../../shared/model/review';
import { SettingsSchema } from '../../../../shared/model/settings';
import { StageEventSchema } from '../../../../shared/model/stage-event';
import { unpackRep } from '../../../../shared/sync/rep-columns';
import { generatePipeline } from '../../../support/generate-pipeline';

/**
 * Dexie's own migration-test pattern: create the database at an old version,
 * fill it, close it, reopen it with the current code, and check every record
 * and field survived. It runs for every version in SCHEMA_VERSIONS. A version
 * whose upgrade rewrites records says how here, in `UPGRADES`: the expected
 * database is the old dump passed through every upgrade after it.
 */
type Dump = Record<string, Record<string, unknown>[]>;
type Row = Record<string, unknown>;

const UPGRADES: Record<number, (before: Dump) => Dump> = {
  // v2: each lead's events move into its record, without their ids, oldest first (a creation first
  // among events of one instant, else stored order); events whose lead is gone have nothing to
  // attach to and are dropped (a backup refuses them too).
  2: ({ stageEvents = [], leads = [], ...rest }) => ({
    ...rest,
    leads: leads.map((lead) => ({
      ...lead,
      events: stageEvents
        .filter((e) => e.leadId === lead.id)
        .sort(
          (a, b) =>
            (a.at as number) - (b.at as number) ||
            Number(a.fromStage !== null) - Number(b.fromStage !== null) ||
            (a.id as number) - (b.id as number),
        )
        .map(({ id: _id, ...e }) => e),
    })),
  }),
  // v3 (team sync): only optional fields and a new, empty store for other reps' documents.
  3: (before) => ({ ...before, teamDocs: [] }),
  // v4: one more index on leads (overdue next steps per stage); records unchanged.
  4: (before) => before,
  // v5: other reps' pulled documents packed one record per rep beside them (the Team screen reads those).
  5: (before) => ({
    ...before,
    teamReps: teamRepRows((before.teamDocs ?? []) as unknown as TeamDocRow[]) as unknown as Row[],
  }),
};

/** Every record of every store the database has at its version, in key order. */
async function dump(db: Dexie): Promise<Dump> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(tables) as Dump;
}

const T0 = Date.UTC(2026, 10, 2, 9);
const versions = Object.keys(SCHEMA_VERSIONS).map(Number);
const past = versions.filter((v) => v < CURRENT_VERSION);
// Every past version, plus the oldest one as a smoke test even while it is the current one.
const cases = [...new Set([...past, Math.min(...versions)])];

/**
 * Records every field of the model can hold, valid for the schemas, across every
 * table of version `v`, written through the tables by name (the typed database is the current one).
 */
async function fill(db: Dexie, v: number): Promise<void> {
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
    nextStep: 'Send the quote',
    nextStepDue: '2026-11-03',
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
  const stored = [...leads.slice(3), full, ...keyless];
  // The events of the three leads renamed above follow them.
  const renamed: Record<string, string> = {
    'gen-000000': 'every-field',
    'gen-000001': 'keyless-1',
    'gen-000002': 'keyless-2',
  };
  const events = stageEvents.map(({ id: _id, ...e }) =>
    StageEventSchema.parse({ ...e, leadId: renamed[e.leadId] ?? e.leadId }),
  );
  // Stored last but older than the lead's other events (a clock put right), and one event whose
  // lead was deleted behind the app's back: the upgrade orders the first and drops the second.
  const late = StageEventSchema.parse({
    leadId: 'every-field',
    fromStage: 'awareness',
    toStage: 'interest',
    fromStatus: 'open',
    toStatus: 'open',
    at: Math.min(...events.map((e) => e.at)) - 1,
  });
  if (v === 1) {
    await db.table('leads').bulkAdd(stored);
    await db.table('stageEvents').bulkAdd([...events, late, { ...late, leadId: 'deleted-long-ago' }]);
  } else {
    // (Map.groupBy is not in Node 20.)
    await db
      .table('leads')
      .bulkAdd(stored.map((l) => ({ ...l, events: [late, ...events].filter((e) => e.leadId === l.id) })));
  }
  await db.table('reviews').add(
    ReviewSchema.parse({
      id: 'r1',
      at: T0,
      figures: { winRate: 0.4, cycle: null },
      problems: { stalled: ['gen-000001'] },
      notes: 'ok',
    }),
  );
  if (v >= 3) await db.table('teamDocs').bulkAdd(otherRepDocs());
  await db.table('meta').bulkAdd([
    {
      key: 'settings',
      value: SettingsSchema.parse({ capacity: 30, stageNames: { es: { interest: 'Interesado' } } }),
    },
    { key: 'lastReviewAt', value: T0 },
  ]);
}

/** Another rep's documents as a pull stored them (v3 on): leads with their events, a review, a status. */
function otherRepDocs(): TeamDocRow[] {
  const g = generatePipeline({ leads: 12, now: T0, seed: 9 });
  const owner = 'bo';
  const id = (x: string) => `bo-${x}`;
  const leads = g.leads.map((l) => {
    const lead = LeadSchema.parse({ ...l, id: id(l.id), notes: 'kept in the document only' });
    const events = g.stageEvents
      .filter((e) => e.leadId === l.id)
      .map(({ id: _id, ...e }) => StageEventSchema.omit({ id: true }).parse({ ...e, leadId: lead.id }));
    const doc = { _id: `lead:${lead.id}`, type: 'lead', owner, lead, events, clock: {} };
    return { id: doc._id, type: 'lead', owner, doc, rev: '1-a' };
  });
  const review = { id: 'rv', at: T0, figures: { winRate: 0.5 }, problems: {} };
  const rest = [
    { _id: `review:${owner}:rv`, type: 'review', owner, review },
    { _id: `rep:${owner}`, type: 'rep', owner, syncedAt: T0 },
    { _id: 'team-review:t1', type: 'team-review', owner: 'lia', at: T0, note: '', figures: {}, reps: {} },
  ].map((doc) => ({ id: doc._id, type: doc.type, owner: doc.owner, doc, rev: '1-b' }));
  return [...leads, ...rest];
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
      await fill(old, from);
      const before = await dump(old);
      old.close();

      const db = openDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      let expected = before;
      for (let v = from + 1; v <= CURRENT_VERSION; v++) expected = UPGRADES[v]?.(expected) ?? expected;
      const after = await dump(db);
      expect(after.leads).toHaveLength(before.leads?.length ?? -1);
      expect(after).toEqual(expected);
      // Nothing the old version held is missing: every old event is in a lead's history, bar the orphan.
      const kept = (expected.leads ?? []).flatMap((l) => l.events as Row[]);
      const oldEvents = before.stageEvents?.filter((e) => e.leadId !== 'deleted-long-ago') ?? kept;
      expect(kept).toHaveLength(oldEvents.length);
      const history = (await db.leads.get('every-field'))?.events ?? [];
      expect(history.map((e) => e.at)).toEqual(history.map((e) => e.at).sort((a, b) => a - b));
      expect(history.length).toBeGreaterThan(1);

      // The indexes the app reads through still answer, and dedupe keys are still unique.
      expect(await db.leads.where('email').equals('every.field@example.com').count()).toBe(1);
      const open = await db.leads
        .where('[status+stage+stageChangedAt]')
        .between(['open', 'awareness', 0], ['open', 'awareness', Infinity])
        .count();
      const leads = (expected.leads ?? []) as Row[];
      expect(open).toBe(leads.filter((l) => l.status === 'open' && l.stage === 'awareness').length);
      // v4: the overdue index answers for the old rows that have a due date.
      const withDue = leads.filter((l) => l.status === 'open' && l.nextStepDue !== undefined);
      const overdue = await db.leads
        .where('[status+stage+nextStepDue]')
        .between(['open', '', ''], ['open', '\uffff', '\uffff'])
        .count();
      expect(overdue).toBe(withDue.length);
      expect(withDue.length).toBeGreaterThan(0);
      // v3: nothing is waiting to be pushed until the rep switches team sync on.
      expect(await db.leads.where('syncDirty').above(0).count()).toBe(0);
      // v5: the other rep's leads, events, review and last sync, packed into one record.
      if (from >= 3) {
        const bo = await db.teamReps.get('bo');
        const unpacked = bo && unpackRep(bo.columns);
        expect(unpacked?.leads.map((l) => l.id)).toHaveLength(12);
        expect(unpacked?.events.length).toBeGreaterThan(12);
        expect([bo?.reviews[0]?.id, bo?.syncedAt]).toEqual(['review:bo:rv', T0]);
        expect(await db.teamReps.count()).toBe(1);
      }
      const dup = { ...(leads[0] as unknown as LeadRow), id: 'dup' };
      await expect(db.leads.add(dup)).rejects.toMatchObject({ name: 'ConstraintError' });
    });
  }
});
