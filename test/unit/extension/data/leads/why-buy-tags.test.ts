import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { addLead, updateLead } from '../../../../../extension/data/leads/lead-edits';
import { getLead } from '../../../../../extension/data/leads/lead-queries';
import { loadSettings } from '../../../../../extension/data/settings/settings-repository';
import { LeadSchema } from '../../../../../shared/model/lead';
import { resolveProcess } from '../../../../../shared/process/resolve-settings';
import { DEFAULT_PAIN_POINTS } from '../../../../../shared/process/why-buy-lists';

const T0 = Date.UTC(2026, 10, 2, 9);
let n = 0;
const opened: EmbudoDb[] = [];
const open = (name: string) => {
  const db = openDb(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A lead as the version before picked tags stored it: free text only. */
const OLD_ROW = {
  id: 'old-1',
  kind: 'person',
  name: 'Ana Gil',
  source: 'referral',
  stage: 'consideration',
  status: 'open',
  currency: 'EUR',
  painPoints: 'Quotes take a week; reports by hand',
  decisionHelpers: 'Wants to talk to a customer first',
  createdAt: T0,
  updatedAt: T0,
  stageChangedAt: T0,
  events: [
    {
      leadId: 'old-1',
      fromStage: null,
      toStage: 'consideration',
      fromStatus: null,
      toStatus: 'open',
      at: T0,
    },
  ],
};

describe('picked tags beside the free text (Dexie migration style)', () => {
  it('a database written before the change reopens with every lead and its free text, and settings get the default lists', async () => {
    // No schema version was needed (no index on the new fields): the current version holds the old rows.
    const name = `why-buy-migration-${n++}`;
    const before = open(name);
    await before.open();
    expect(before.verno).toBe(CURRENT_VERSION);
    await before.table('leads').add(structuredClone(OLD_ROW));
    await before.table('meta').add({ key: 'settings', value: { capacity: 30 } });
    before.close();

    const after = open(name);
    await after.open();
    expect(await after.table('leads').get('old-1')).toEqual(OLD_ROW);
    const lead = await getLead(after, 'old-1');
    expect(LeadSchema.parse(lead)).toMatchObject({
      painPoints: OLD_ROW.painPoints,
      decisionHelpers: OLD_ROW.decisionHelpers,
    });
    expect(lead?.painPointIds).toBeUndefined();
    const settings = await loadSettings(after);
    expect(settings.capacity).toBe(30);
    expect(resolveProcess(settings).painPoints).toEqual(DEFAULT_PAIN_POINTS);

    // Picking tags later leaves the free text exactly as it was.
    const tagged = await updateLead(after, 'old-1', { painPointIds: ['manual-reporting'] }, T0 + 1);
    expect(tagged).toMatchObject({ painPoints: OLD_ROW.painPoints, painPointIds: ['manual-reporting'] });
    expect(tagged.changes).toBeUndefined();
  });

  it('an edit that changes or clears the picks records the replaced ones; an empty list is not stored', async () => {
    const db = open(`why-buy-edits-${n++}`);
    const { lead } = await addLead(
      db,
      { kind: 'person', name: 'Ben', source: 'manual', painPointIds: [], decisionHelperIds: ['demo'] },
      T0,
    );
    expect('painPointIds' in lead).toBe(false);
    const same = await updateLead(db, lead.id, { decisionHelperIds: ['demo'] }, T0 + 1);
    expect(same.changes).toBeUndefined();
    const cleared = await updateLead(db, lead.id, { decisionHelperIds: [] }, T0 + 2);
    expect(cleared.decisionHelperIds).toBeUndefined();
    expect(cleared.changes).toEqual([
      { field: 'decisionHelperIds', previous: 'demo', at: T0 + 2, by: 'edit' },
    ]);
  });

  it('refuses an id that is not an id, and writes nothing', async () => {
    const db = open(`why-buy-bad-${n++}`);
    const { lead } = await addLead(db, { kind: 'person', name: 'Di', source: 'manual' }, T0);
    await expect(updateLead(db, lead.id, { painPointIds: ['Not An Id'] })).rejects.toThrow();
    await expect(updateLead(db, lead.id, { painPointIds: ['demo', 'demo'] })).rejects.toThrow();
    expect((await getLead(db, lead.id))?.painPointIds).toBeUndefined();
  });
});
