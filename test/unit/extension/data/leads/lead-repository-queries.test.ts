import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import {
  countGroups,
  eventsOfLeads,
  firstRowsOf,
  groupKeys,
  leadsByIds,
} from '../../../../../extension/data/leads/lead-queries';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import type { Lead } from '../../../../../shared/model/lead';
import type { StageEvent } from '../../../../../shared/model/stage-event';

const T0 = Date.UTC(2026, 10, 2, 9);
const TODAY = '2026-11-05';
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`queries-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const lead = (id: string, over: Partial<Lead>): Lead => ({
  id,
  kind: 'person',
  name: id,
  source: 'manual',
  stage: 'awareness',
  status: 'open',
  currency: 'EUR',
  createdAt: T0,
  updatedAt: T0,
  stageChangedAt: T0,
  ...over,
});

describe('group queries', () => {
  beforeEach(async () => {
    const leads = [
      lead('a1', { stageChangedAt: T0 + 1 }),
      lead('a2', { stageChangedAt: T0 + 3 }),
      lead('a3', { stageChangedAt: T0 + 2 }),
      lead('i1', { stage: 'interest' }),
      lead('w1', { stage: 'purchase', status: 'won' }),
      lead('l1', { stage: 'interest', status: 'lost', stageChangedAt: T0 + 9 }),
      lead('l2', { stage: 'decision', status: 'lost', stageChangedAt: T0 + 1 }),
      lead('l3', { stage: 'decision', status: 'lost', stageChangedAt: T0 + 5 }),
    ];
    await db.leads.bulkAdd(leads.map((l) => rowOf(l, [])));
  });

  it('counts every group on the indexes', async () => {
    expect(await countGroups(db)).toEqual({
      awareness: 3,
      interest: 1,
      consideration: 0,
      decision: 0,
      purchase: 0,
      won: 1,
      lost: 3,
    });
  });

  it('lists open stages longest in the stage first, closed groups by latest stage then newest', async () => {
    expect((await firstRowsOf(db, 'awareness', 2, TODAY)).map((l) => l.id)).toEqual(['a1', 'a3']);
    expect(await groupKeys(db, 'awareness', TODAY)).toEqual(['a1', 'a3', 'a2']);
    expect(await groupKeys(db, 'lost', TODAY)).toEqual(['l3', 'l2', 'l1']);
    expect((await firstRowsOf(db, 'lost', 2, TODAY)).map((l) => l.id)).toEqual(['l3', 'l2']);
    expect((await firstRowsOf(db, 'lost', 10, TODAY)).map((l) => l.id)).toEqual(
      await groupKeys(db, 'lost', TODAY),
    );
    expect(await groupKeys(db, 'won', TODAY)).toEqual(['w1']);
  });

  it('puts overdue next steps first, most overdue first; a step due today or later is not overdue', async () => {
    await db.leads.bulkAdd(
      [
        lead('late-1', { stageChangedAt: T0 + 50, nextStepDue: '2026-11-01' }),
        lead('late-2', { stageChangedAt: T0 + 40, nextStepDue: '2026-10-20' }),
        lead('due-today', { stageChangedAt: T0 - 5, nextStepDue: TODAY }),
        lead('closed-late', { status: 'won', nextStepDue: '2026-10-01' }),
      ].map((l) => rowOf(l, [])),
    );
    const order = ['late-2', 'late-1', 'due-today', 'a1', 'a3', 'a2'];
    expect(await groupKeys(db, 'awareness', TODAY)).toEqual(order);
    // The first rows and the keys read deeper agree, whatever the page size.
    for (const limit of [1, 2, 3, 6, 16]) {
      expect((await firstRowsOf(db, 'awareness', limit, TODAY)).map((l) => l.id)).toEqual(
        order.slice(0, limit),
      );
    }
    // The next day, what was due today is overdue too.
    expect((await groupKeys(db, 'awareness', '2026-11-06'))[2]).toBe('due-today');
    expect(await groupKeys(db, 'awareness', '2026-10-01')).toEqual([
      'due-today',
      'a1',
      'a3',
      'a2',
      'late-2',
      'late-1',
    ]);
  });

  it('reads leads by id in the order asked, skipping missing ones', async () => {
    expect((await leadsByIds(db, ['l2', 'gone', 'a1'])).map((l) => l.id)).toEqual(['l2', 'a1']);
    // Leads come back as leads: the stored history stays in the data layer.
    expect(await leadsByIds(db, ['l2'])).toEqual([
      lead('l2', { stage: 'decision', status: 'lost', stageChangedAt: T0 + 1 }),
    ]);
    expect((await firstRowsOf(db, 'lost', 10, TODAY)).some((l) => 'events' in l)).toBe(false);
  });

  it('reads the events of several leads at once', async () => {
    const created = (leadId: string): StageEvent => ({
      leadId,
      fromStage: null,
      toStage: 'awareness',
      fromStatus: null,
      toStatus: 'open',
      at: T0,
    });
    for (const id of ['a1', 'i1', 'w1']) await db.leads.update(id, { events: [created(id)] });
    const events = await eventsOfLeads(db, ['a1', 'w1']);
    expect(events.map((e) => e.leadId).sort()).toEqual(['a1', 'w1']);
    expect(events).toEqual(expect.arrayContaining([created('a1'), created('w1')]));
    expect(await eventsOfLeads(db, [])).toEqual([]);
  });
});
