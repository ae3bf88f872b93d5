import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { deleteLead, restoreLead } from '../../../../../extension/data/leads/lead-delete';
import { addLead, updateLead } from '../../../../../extension/data/leads/lead-edits';
import { allLeadsAndEvents } from '../../../../../extension/data/leads/lead-queries';
import { moveLead, saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import {
  applyLeadChange,
  invalidatePipelineSummary,
  loadSummary,
  type PipelineSummary,
  SUMMARY_KEY,
  summarize,
  verifySummary,
} from '../../../../../extension/data/leads/pipeline-summary';
import type { Lead } from '../../../../../shared/model/lead';
import { STAGE_IDS } from '../../../../../shared/process/stage-list';
import { generatePipeline } from '../../../../support/generate-pipeline';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`summary-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const stored = async () => ((await db.meta.get(SUMMARY_KEY))?.value as PipelineSummary | undefined)?.groups;
const truth = async () => summarize((await allLeadsAndEvents(db)).leads).groups;

describe('pipeline summary (pure)', () => {
  it('adding then removing any lead returns the summary it started from', () => {
    const arbLead = fc.record({
      stage: fc.constantFrom(...STAGE_IDS),
      status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
      value: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
      currency: fc.constantFrom('EUR', 'USD'),
    });
    fc.assert(
      fc.property(fc.array(arbLead, { maxLength: 30 }), arbLead, (base, extra) => {
        const mk = (x: typeof extra, i: number) => ({ ...x, id: `l${i}` }) as unknown as Lead;
        const s = summarize(base.map(mk));
        const back = applyLeadChange(applyLeadChange(s, undefined, mk(extra, 99)), mk(extra, 99), undefined);
        for (const g of Object.keys(s.groups) as (keyof typeof s.groups)[]) {
          expect(back.groups[g].count).toBe(s.groups[g].count);
          for (const [c, v] of Object.entries(s.groups[g].value))
            expect(back.groups[g].value[c]).toBeCloseTo(v, 3);
        }
      }),
    );
  });
});

describe('pipeline summary (stored)', () => {
  it('is rebuilt once after writes that bypass the repository, then read as stored', async () => {
    const data = generatePipeline({ leads: 300, seed: 3 });
    await db.leads.bulkAdd(data.leads.map((l) => rowOf(l, [])));
    const first = await loadSummary(db);
    expect(first.groups).toEqual(await truth());
    expect(await stored()).toEqual(first.groups);
  });

  it('stays equal to a full recount through every repository write', async () => {
    await loadSummary(db);
    const cand = {
      kind: 'person' as const,
      name: 'Jo',
      source: 'linkedin' as const,
      linkedinUrl: 'https://www.linkedin.com/in/jo/',
      provenance: {
        pageUrl: 'https://www.linkedin.com/in/jo/',
        capturedAt: T0,
        extractor: { id: 'x', version: 1 },
        confidence: {},
      },
    };
    const a = (await saveCandidate(db, cand, T0)).lead;
    const b = (await addLead(db, { kind: 'person', name: 'Bo', source: 'manual', value: 500 }, T0 + 1)).lead;
    await updateLead(db, a.id, { value: 1000, currency: 'USD' }, T0 + 2);
    await moveLead(db, a.id, { stage: 'consideration' }, T0 + 3);
    await moveLead(db, b.id, { stage: 'awareness', status: 'lost', lostReason: 'Price' }, T0 + 4);
    expect(await stored()).toEqual(await truth());
    const gone = await deleteLead(db, a.id);
    expect(await stored()).toEqual(await truth());
    await restoreLead(db, gone as NonNullable<typeof gone>);
    expect(await stored()).toEqual(await truth());
    expect((await loadSummary(db)).groups).toEqual(await truth());
  });

  it('notices an outside write and rebuilds instead of patching a stale summary', async () => {
    const b = (await addLead(db, { kind: 'person', name: 'Bo', source: 'manual', value: 500 }, T0)).lead;
    await loadSummary(db);
    // An import changes the value behind the repository's back.
    const row = await db.leads.get(b.id);
    if (!row) throw new Error('lead not stored');
    await db.leads.put({ ...row, value: 9000, updatedAt: T0 + 50 });
    await updateLead(db, b.id, { notes: 'x' }, T0 + 60);
    expect((await loadSummary(db)).groups).toEqual(await truth());
    await invalidatePipelineSummary(db);
    expect(await stored()).toBeUndefined();
    expect((await loadSummary(db)).groups.awareness.value).toEqual({ EUR: 9000 });
  });

  it('a delete the fingerprint cannot see is caught by the count check', async () => {
    const base = generatePipeline({ leads: 3, seed: 1 }).leads;
    // Ids a < b < c, and b is not the newest edit: deleting it leaves every edge of the indexes as it was.
    const [a, b, c] = ['a', 'b', 'c'].map((id, i) => ({
      ...(base[i] as Lead),
      id,
      status: 'open' as const,
      updatedAt: [T0, T0 - 5, T0 + 1][i] as number,
    }));
    await db.leads.bulkAdd(([a, b, c] as Lead[]).map((l) => rowOf(l, [])));
    const shown = await loadSummary(db);
    const total = (s: PipelineSummary) => Object.values(s.groups).reduce((n, g) => n + g.count, 0);
    expect(total(shown)).toBe(3);
    await db.leads.delete('b');
    expect(total(await loadSummary(db))).toBe(3);
    const rebuilt = await verifySummary(db, shown);
    expect(rebuilt && total(rebuilt)).toBe(2);
    expect(await verifySummary(db, rebuilt as PipelineSummary)).toBeUndefined();
  });
});
