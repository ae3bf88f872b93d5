import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import {
  countOpenByStage,
  eventsOf,
  listOpenInStage,
} from '../../../../../extension/data/leads/lead-queries';
import { moveLead, saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import { eventsOfRows } from '../../../../../extension/data/leads/lead-rows';
import type { Candidate } from '../../../../../shared/capture/candidate';

const T0 = Date.UTC(2026, 10, 2, 9);
const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  kind: 'person',
  name: 'Jane Roe',
  headline: 'Head of Purchasing',
  company: 'Acme',
  linkedinUrl: 'https://www.linkedin.com/in/jane-roe-1a2b3c/',
  source: 'linkedin',
  provenance: {
    pageUrl: 'https://www.linkedin.com/in/jane-roe-1a2b3c/',
    capturedAt: T0,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: { name: 1 },
  },
  ...over,
});

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`repo-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('saveCandidate', () => {
  it('creates a lead in Awareness with its first stage event', async () => {
    const { lead, created } = await saveCandidate(db, candidate(), T0);
    expect(created).toBe(true);
    expect(lead).toMatchObject({ stage: 'awareness', status: 'open', createdAt: T0, stageChangedAt: T0 });
    expect(await eventsOf(db, lead.id)).toMatchObject([
      { fromStage: null, toStage: 'awareness', toStatus: 'open' },
    ]);
  });

  it('updates the same LinkedIn profile reached by another URL form, keeping replaced values', async () => {
    const first = await saveCandidate(db, candidate(), T0);
    const second = await saveCandidate(
      db,
      candidate({
        linkedinUrl: 'https://ES.linkedin.com/in/Jane-Roe-1a2b3c?trk=feed',
        company: 'Acme Iberia',
      }),
      T0 + 1000,
    );
    expect(second.created).toBe(false);
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead.company).toBe('Acme Iberia');
    expect(second.lead.changes).toEqual([
      { field: 'company', previous: 'Acme', at: T0 + 1000, by: 'linkedin-profile' },
    ]);
    expect(await db.leads.count()).toBe(1);
    // An update is no stage move: the history is still just the creation.
    expect(eventsOfRows(await db.leads.toArray())).toMatchObject([
      { leadId: first.lead.id, fromStage: null, toStage: 'awareness' },
    ]);
  });

  it('dedupes by email whatever its case', async () => {
    const a = await saveCandidate(
      db,
      candidate({ linkedinUrl: undefined, email: 'Marta.Gil@Example.com' }),
      T0,
    );
    const b = await saveCandidate(
      db,
      candidate({ linkedinUrl: undefined, email: 'marta.gil@example.com' }),
      T0 + 5,
    );
    expect(b.lead.id).toBe(a.lead.id);
    expect(a.lead.email).toBe('marta.gil@example.com');
  });

  it('saving the same person from several tabs at once ends as one lead', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((i) => saveCandidate(db, candidate(), T0 + i)));
    expect(new Set(results.map((r) => r.lead.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.leads.count()).toBe(1);
  });

  it('rejects an invalid candidate and writes nothing', async () => {
    await expect(saveCandidate(db, candidate({ name: '' }), T0)).rejects.toThrow();
    await expect(saveCandidate(db, candidate({ website: 'javascript:alert(1)' }), T0)).rejects.toThrow();
    // Events live in their lead's record: no lead, no event.
    expect(await db.leads.count()).toBe(0);
  });
});

describe('moveLead', () => {
  it('moves and appends a StageEvent atomically; a forward jump records the skipped stages', async () => {
    const { lead } = await saveCandidate(db, candidate(), T0);
    await moveLead(db, lead.id, { stage: 'interest' }, T0 + 10);
    const moved = await moveLead(db, lead.id, { stage: 'decision' }, T0 + 20);
    expect(moved).toMatchObject({ stage: 'decision', stageChangedAt: T0 + 20 });
    const events = await eventsOf(db, lead.id);
    expect(events.map((e) => e.toStage)).toEqual(['awareness', 'interest', 'decision']);
    expect(events[2]?.skipped).toEqual(['consideration']);
    expect(events[1]?.skipped).toBeUndefined();
  });

  it('marks a lead lost with a reason, and won in Purchase', async () => {
    const a = (await saveCandidate(db, candidate(), T0)).lead;
    const b = (await saveCandidate(db, candidate({ linkedinUrl: 'https://www.linkedin.com/in/other/' }), T0))
      .lead;
    const lost = await moveLead(
      db,
      a.id,
      { stage: 'awareness', status: 'lost', lostReason: 'Price' },
      T0 + 1,
    );
    expect(lost).toMatchObject({ status: 'lost', lostReason: 'Price' });
    const won = await moveLead(db, b.id, { stage: 'purchase', status: 'won' }, T0 + 2);
    expect(won.status).toBe('won');
    expect((await eventsOf(db, a.id))[1]).toMatchObject({ toStatus: 'lost', lostReason: 'Price' });
  });

  it('leaves lead and history untouched when the move fails', async () => {
    await expect(moveLead(db, 'missing', { stage: 'interest' }, T0)).rejects.toThrow(/no lead/);
    expect(await db.leads.count()).toBe(0);
    const { lead } = await saveCandidate(db, candidate(), T0);
    const stored = await db.leads.get(lead.id);
    expect(stored?.events).toHaveLength(1);
    await expect(moveLead(db, 'missing', { stage: 'interest' }, T0 + 1)).rejects.toThrow(/no lead/);
    // A move the lead cannot take (reason too long) fails whole: no new state, no new event.
    const tooLong = { stage: 'awareness' as const, status: 'lost' as const, lostReason: 'x'.repeat(301) };
    await expect(moveLead(db, lead.id, tooLong, T0 + 2)).rejects.toThrow();
    expect(await db.leads.toArray()).toEqual([stored]);
  });
});

describe('pipeline queries', () => {
  it('counts open leads per stage on the index and lists the newest first', async () => {
    for (let i = 0; i < 5; i++) {
      await saveCandidate(
        db,
        candidate({ linkedinUrl: `https://www.linkedin.com/in/p${i}/`, name: `P${i}` }),
        T0 + i,
      );
    }
    const all = (await db.leads.toArray()).sort((a, b) => a.createdAt - b.createdAt);
    await moveLead(db, all[0]?.id as string, { stage: 'interest' }, T0 + 100);
    await moveLead(db, all[1]?.id as string, { stage: 'awareness', status: 'lost' }, T0 + 100);
    const counts = await countOpenByStage(db);
    expect(counts).toEqual({ awareness: 3, interest: 1, consideration: 0, decision: 0, purchase: 0 });
    const listed = await listOpenInStage(db, 'awareness', 2);
    expect(listed.map((l) => l.stageChangedAt)).toEqual([T0 + 4, T0 + 3]);
  });
});

describe('saveCandidate: a company’s industry', () => {
  const company = (industry: string) =>
    candidate({
      kind: 'company',
      name: 'Nubeluz Software',
      headline: undefined,
      company: undefined,
      industry,
      linkedinUrl: 'https://www.linkedin.com/company/nubeluz-software/',
    });

  it('reaches the lead, and a later capture replacing it keeps the old value in changes', async () => {
    const { lead } = await saveCandidate(db, company('Technology, Information and Internet'), T0);
    expect(lead.industry).toBe('Technology, Information and Internet');
    const again = await saveCandidate(db, company('Software Development'), T0 + 1000);
    expect(again.lead.industry).toBe('Software Development');
    expect(again.lead.changes).toContainEqual(
      expect.objectContaining({ field: 'industry', previous: 'Technology, Information and Internet' }),
    );
  });
});
