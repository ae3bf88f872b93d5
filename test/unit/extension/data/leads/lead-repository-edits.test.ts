import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { deleteLead, restoreLead } from '../../../../../extension/data/leads/lead-delete';
import { addLead, DuplicateLeadError, updateLead } from '../../../../../extension/data/leads/lead-edits';
import { eventsOf, getLead } from '../../../../../extension/data/leads/lead-queries';
import { moveLead } from '../../../../../extension/data/leads/lead-repository';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`edits-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const add = (over: Record<string, unknown> = {}, at = T0) =>
  addLead(
    db,
    { kind: 'person', name: 'Ana Gil', source: 'referral', ...over } as Parameters<typeof addLead>[1],
    at,
  );

describe('addLead', () => {
  it('creates a lead by hand in Awareness with its first stage event', async () => {
    const { lead, created } = await add({ company: 'Acme', value: 1200 });
    expect(created).toBe(true);
    expect(lead).toMatchObject({
      stage: 'awareness',
      status: 'open',
      source: 'referral',
      value: 1200,
      createdAt: T0,
    });
    expect(await eventsOf(db, lead.id)).toMatchObject([{ fromStage: null, toStage: 'awareness', at: T0 }]);
  });

  it('updates the lead with the same email or LinkedIn profile, keeping replaced values', async () => {
    const first = await add({ email: 'Ana@Example.com', company: 'Acme' });
    const again = await add({ email: 'ana@example.com', company: 'Acme Iberia', notes: 'Called' }, T0 + 5);
    expect(again.created).toBe(false);
    expect(again.lead.id).toBe(first.lead.id);
    expect(again.lead).toMatchObject({ company: 'Acme Iberia', notes: 'Called', email: 'ana@example.com' });
    expect(again.lead.changes).toEqual([{ field: 'company', previous: 'Acme', at: T0 + 5, by: 'manual' }]);
    const li = await add({ linkedinUrl: 'https://es.linkedin.com/in/Ana-Gil?trk=1' });
    expect((await add({ linkedinUrl: 'https://www.linkedin.com/in/ana-gil/' })).lead.id).toBe(li.lead.id);
    expect(await db.leads.count()).toBe(2);
  });

  it('writes nothing when the input is invalid', async () => {
    await expect(add({ name: '' })).rejects.toThrow();
    await expect(add({ value: -1 })).rejects.toThrow();
    await expect(add({ website: 'javascript:alert(1)' })).rejects.toThrow();
    // Events live in their lead's record: no lead, no event.
    expect(await db.leads.count()).toBe(0);
  });
});

describe('updateLead', () => {
  it('saves the edit, clears emptied fields and records every replaced value', async () => {
    const { lead } = await add({ company: 'Acme', value: 100, notes: 'old' });
    const next = await updateLead(
      db,
      lead.id,
      { company: 'Acme SL', value: 250, notes: undefined, quality: 4 },
      T0 + 10,
    );
    expect(next).toMatchObject({ company: 'Acme SL', value: 250, quality: 4, updatedAt: T0 + 10 });
    expect(next.notes).toBeUndefined();
    expect(next.changes).toEqual([
      { field: 'company', previous: 'Acme', at: T0 + 10, by: 'edit' },
      { field: 'value', previous: '100', at: T0 + 10, by: 'edit' },
      { field: 'notes', previous: 'old', at: T0 + 10, by: 'edit' },
    ]);
    expect(next.stageChangedAt).toBe(lead.stageChangedAt);
  });

  it('rejects an invalid edit and leaves the lead as it was', async () => {
    const { lead } = await add();
    await expect(updateLead(db, lead.id, { value: -5 })).rejects.toThrow();
    await expect(updateLead(db, lead.id, { nextStepDue: 'soon' })).rejects.toThrow();
    await expect(updateLead(db, lead.id, { name: '' })).rejects.toThrow();
    expect(await getLead(db, lead.id)).toEqual(lead);
  });

  it('refuses an email that another lead already has', async () => {
    const a = await add({ email: 'a@example.com' });
    const b = await add({ name: 'Bea', email: 'b@example.com' });
    const err = await updateLead(db, b.lead.id, { email: 'A@example.com' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateLeadError);
    expect(err).toMatchObject({ field: 'email', otherId: a.lead.id });
    expect((await getLead(db, b.lead.id))?.email).toBe('b@example.com');
  });
});

describe('deleteLead and restoreLead', () => {
  it('deletes a lead with its history, and undo brings both back exactly', async () => {
    const { lead } = await add();
    await moveLead(db, lead.id, { stage: 'interest' }, T0 + 1);
    const before = { lead: await getLead(db, lead.id), events: await eventsOf(db, lead.id) };
    expect(before.events).toHaveLength(2);
    const storedRow = await db.leads.get(lead.id);
    const deleted = await deleteLead(db, lead.id);
    expect(deleted).toEqual(before);
    // The history goes with its lead's record.
    expect(await db.leads.count()).toBe(0);
    expect(await eventsOf(db, lead.id)).toEqual([]);
    await restoreLead(db, deleted as NonNullable<typeof deleted>);
    expect({ lead: await getLead(db, lead.id), events: await eventsOf(db, lead.id) }).toEqual(before);
    expect(await db.leads.get(lead.id)).toEqual(storedRow);
  });

  it('deleting a lead that is gone does nothing', async () => {
    expect(await deleteLead(db, 'nope')).toBeUndefined();
  });
});
