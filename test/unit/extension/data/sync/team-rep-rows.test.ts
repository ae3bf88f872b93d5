import { describe, expect, it } from 'vitest';
import { readTeamReps } from '../../../../../extension/data/sync/team-rep-read';
import { teamRepRows } from '../../../../../extension/data/sync/team-rep-rows';
import type { LocalDoc } from '../../../../../shared/sync/local-store';
import { unpackRep } from '../../../../../shared/sync/rep-columns';
import type { LeadDoc, TeamDoc } from '../../../../../shared/sync/team-docs';
import { DexieTestStore } from '../../../../support/dexie-test-store';
import { generatePipeline } from '../../../../support/generate-pipeline';

const NOW = Date.UTC(2026, 10, 27, 12);

function leadDocs(owner: string, leads: number, seed: number): LeadDoc[] {
  const g = generatePipeline({ leads, seed, now: NOW });
  return g.leads.map((l) => {
    const id = `${owner}-${l.id}`;
    const events = g.stageEvents
      .filter((e) => e.leadId === l.id)
      .map(({ id: _i, ...e }) => ({ ...e, leadId: id }));
    return { _id: `lead:${id}`, type: 'lead', owner, lead: { ...l, id }, events, clock: {} };
  });
}

/** Writes documents as a pull does (null deletes), through the store the replicator uses. */
async function pull(store: DexieTestStore, docs: Record<string, TeamDoc | null>) {
  await store.update(Object.keys(docs), (id) => {
    const doc = docs[id];
    return doc ? ({ doc, rev: '1-x', dirty: 0 } satisfies LocalDoc) : null;
  });
}

/** The packed records must always be what packing every stored document gives. */
async function expectInStep(store: DexieTestStore) {
  const { db } = store;
  expect(await db.teamReps.toArray()).toEqual(teamRepRows(await db.teamDocs.toArray()));
}

describe('the packed per-rep records', () => {
  it('follow every pull: written, changed and deleted documents, rep by rep', async () => {
    const store = await DexieTestStore.open('lia');
    const bo = leadDocs('bo', 6, 3);
    const cy = leadDocs('cy', 4, 4);
    await pull(store, {
      ...Object.fromEntries([...bo, ...cy].map((d) => [d._id, d])),
      'rep:bo': { _id: 'rep:bo', type: 'rep', owner: 'bo', syncedAt: NOW },
      'review:cy:r1': {
        _id: 'review:cy:r1',
        type: 'review',
        owner: 'cy',
        review: { id: 'r1', at: NOW, figures: {}, problems: {} },
      },
    });
    await expectInStep(store);
    const before = await store.db.teamReps.get('bo');
    expect(before && unpackRep(before.columns).leads).toHaveLength(6);
    expect(before?.syncedAt).toBe(NOW);

    // Bo closes a deal; one of Cy's leads and her review go; Cy's other leads stay.
    const moved = bo[0] as LeadDoc;
    const won: LeadDoc = {
      ...moved,
      lead: { ...moved.lead, status: 'won', stageChangedAt: NOW },
      events: [
        ...moved.events,
        {
          leadId: moved.lead.id,
          fromStage: moved.lead.stage,
          toStage: moved.lead.stage,
          fromStatus: 'open',
          toStatus: 'won',
          at: NOW,
        },
      ],
    };
    await pull(store, { [won._id]: won, [(cy[0] as LeadDoc)._id]: null, 'review:cy:r1': null });
    await expectInStep(store);
    const after = await store.db.teamReps.get('bo');
    const history = after ? unpackRep(after.columns).events.filter((e) => e.leadId === won.lead.id) : [];
    expect(history.at(-1)?.toStatus).toBe('won');
    expect((await store.db.teamReps.get('cy'))?.reviews).toEqual([]);

    // Nothing of Cy left: no record for her.
    await pull(store, Object.fromEntries(cy.slice(1).map((d) => [d._id, null])));
    await expectInStep(store);
    expect(await store.db.teamReps.get('cy')).toBeUndefined();
  });

  it('are rebuilt from the documents when one fails its check, losing nothing', async () => {
    const store = await DexieTestStore.open('lia');
    const bo = leadDocs('bo', 5, 8);
    await pull(store, Object.fromEntries(bo.map((d) => [d._id, d])));
    const good = await store.db.teamReps.toArray();
    const row = good[0];
    if (!row) throw new Error('a record was expected');
    await store.db.teamReps.put({ ...row, columns: { ...row.columns, runs: new Uint32Array(1) } });
    expect(await readTeamReps(store.db)).toEqual(good);
    expect(await store.db.teamReps.toArray()).toEqual(good);
  });
});
