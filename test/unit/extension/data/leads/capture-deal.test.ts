import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { applyDeal } from '../../../../../extension/data/leads/capture-deal';
import { eventsOf, getLead } from '../../../../../extension/data/leads/lead-queries';
import { saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import type { Candidate } from '../../../../../shared/capture/candidate';
import { CaptureDealSchema } from '../../../../../shared/capture/deal';

const T0 = Date.UTC(2026, 10, 2, 9);
const candidate: Candidate = {
  kind: 'person',
  name: 'Jane Roe',
  linkedinUrl: 'https://www.linkedin.com/in/jane-roe/',
  source: 'linkedin',
  provenance: {
    pageUrl: 'https://www.linkedin.com/in/jane-roe/',
    capturedAt: T0,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: { name: 1 },
  },
};
const deal = {
  stage: 'interest',
  value: 4000,
  currency: 'USD',
  nextStep: 'Call',
  nextStepDue: '2026-11-09',
  notes: 'Met at fair',
} as const;

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`capture-deal-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('saveCandidate with the review form deal fields', () => {
  it('creates the lead in the chosen stage with the deal fields, one creation event', async () => {
    const { lead } = await saveCandidate(db, candidate, T0, { deal });
    expect(await getLead(db, lead.id)).toMatchObject({ ...deal, stage: 'interest', status: 'open' });
    expect(await eventsOf(db, lead.id)).toMatchObject([{ fromStage: null, toStage: 'interest' }]);
  });

  it('moves a known lead to the chosen stage with an event and keeps replaced values', async () => {
    const first = await saveCandidate(db, candidate, T0, { deal: { value: 100, currency: 'EUR' } });
    const { lead } = await saveCandidate(db, candidate, T0 + 1000, { deal });
    expect(lead.id).toBe(first.lead.id);
    // The lead already had a value in EUR: the rep's default currency does not re-denominate it.
    expect(lead).toMatchObject({ stage: 'interest', value: 4000, currency: 'EUR', nextStep: 'Call' });
    expect(lead.changes).toEqual([{ field: 'value', previous: '100', at: T0 + 1000, by: 'edit' }]);
    expect(await eventsOf(db, lead.id)).toMatchObject([
      { toStage: 'awareness' },
      { fromStage: 'awareness', toStage: 'interest', at: T0 + 1000 },
    ]);
  });

  it("adds the picked tags in the capture's own write, keeping the lead's and taking none away", async () => {
    const first = await saveCandidate(db, candidate, T0, { deal: { painPointIds: ['slow-onboarding'] } });
    expect(first.lead.painPointIds).toEqual(['slow-onboarding']);
    const again = await saveCandidate(db, candidate, T0 + 1, {
      deal: { painPointIds: ['manual-reporting', 'slow-onboarding'], decisionHelperIds: ['trial'] },
    });
    expect(again.created).toBe(false);
    const lead = await getLead(db, first.lead.id);
    expect(lead).toMatchObject({
      painPointIds: ['slow-onboarding', 'manual-reporting'],
      decisionHelperIds: ['trial'],
    });
  });

  it('refuses a picked id that is not an id, so the capture writes nothing', () => {
    expect(CaptureDealSchema.safeParse({ painPointIds: ['Not An Id'] }).success).toBe(false);
  });

  it('writes nothing when a deal field is invalid (the schema refuses it at the boundary)', () => {
    expect(CaptureDealSchema.safeParse({ value: -1 }).success).toBe(false);
    expect(CaptureDealSchema.safeParse({ stage: 'purchase' }).success).toBe(false);
    expect(CaptureDealSchema.safeParse({ nextStepDue: 'soon' }).success).toBe(false);
  });
});

describe('applyDeal', () => {
  it('leaves the lead as it was without a deal', () => {
    const lead = {
      id: 'a',
      name: 'A',
      kind: 'person',
      source: 'web',
      stage: 'interest',
      status: 'open',
      currency: 'EUR',
      createdAt: T0,
      updatedAt: T0,
      stageChangedAt: T0,
    } as const;
    expect(applyDeal(lead, undefined, T0).event).toBeUndefined();
    expect(applyDeal(lead, { stage: 'interest' }, T0).event).toBeUndefined();
  });
});
