import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { applyCapture } from '../../../../../extension/data/leads/capture-merge';
import { DuplicateLeadError } from '../../../../../extension/data/leads/lead-edits';
import { saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import { matchCandidate } from '../../../../../extension/data/leads/likely-match';
import { extractPage } from '../../../../../extension/extractors/registry';
import type { Candidate } from '../../../../../shared/capture/candidate';
import type { Lead } from '../../../../../shared/model/lead';
import type { StageEvent } from '../../../../../shared/model/stage-event';
import { findCases, loadDocument } from '../../extractors/fixture-cases';

const T0 = Date.UTC(2026, 10, 2, 9);
const URL_IN = 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/';

const capture = (over: Partial<Candidate> = {}): Candidate => ({
  kind: 'person',
  name: 'Lucía Ferrer Ortega',
  headline: 'Scrum Master @ Swedbank',
  company: 'Swedbank',
  location: 'Stockholm',
  linkedinUrl: URL_IN,
  source: 'linkedin',
  provenance: {
    pageUrl: URL_IN,
    capturedAt: T0,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: {},
  },
  ...over,
});

const byHand: Lead = {
  id: 'by-hand',
  kind: 'person',
  name: 'Lucia Ferrer',
  company: 'Swedbank',
  location: 'Madrid',
  notes: 'Met at a fair',
  source: 'manual',
  stage: 'interest',
  status: 'open',
  currency: 'EUR',
  createdAt: T0 - 5000,
  updatedAt: T0 - 5000,
  stageChangedAt: T0 - 5000,
};

/** The lead's creation, as stored (no event id). */
const creation: StageEvent = {
  leadId: 'by-hand',
  fromStage: null,
  toStage: 'interest',
  fromStatus: null,
  toStatus: 'open',
  at: T0 - 5000,
};

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`merge-test-${n++}`);
  await db.open();
  await db.leads.add(rowOf(byHand, [creation]));
});
afterEach(async () => {
  await db.delete();
});

describe('saving a capture into the lead the rep chose (mergeInto)', () => {
  it('updates that lead, keeps every replaced value in its history and adds no lead', async () => {
    const { lead, created } = await saveCandidate(db, capture(), T0, { mergeInto: 'by-hand' });
    expect(created).toBe(false);
    expect(lead).toMatchObject({
      id: 'by-hand',
      name: 'Lucía Ferrer Ortega',
      linkedinUrl: URL_IN,
      headline: 'Scrum Master @ Swedbank',
      location: 'Stockholm',
      notes: 'Met at a fair',
      stage: 'interest',
    });
    expect(lead.changes).toEqual([
      { field: 'name', previous: 'Lucia Ferrer', at: T0, by: 'linkedin-profile' },
      { field: 'location', previous: 'Madrid', at: T0, by: 'linkedin-profile' },
    ]);
    expect(await db.leads.count()).toBe(1);
    // A merge is no stage move: the stored history is exactly what it was.
    expect((await db.leads.get('by-hand'))?.events).toEqual([creation]);
  });

  it('refuses a LinkedIn URL or email another lead owns, with which one, and writes nothing', async () => {
    await db.leads.add(rowOf({ ...byHand, id: 'owner', name: 'Someone Else', linkedinUrl: URL_IN }, []));
    const err = await saveCandidate(db, capture(), T0, { mergeInto: 'by-hand' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateLeadError);
    expect(err).toMatchObject({ field: 'linkedinUrl', otherId: 'owner' });
    expect(await db.leads.get('by-hand')).toEqual(rowOf(byHand, [creation]));

    await db.leads.update('owner', { linkedinUrl: undefined, email: 'lucia@swedbank.se' });
    const byMail = capture({ linkedinUrl: undefined, email: 'LUCIA@swedbank.se' });
    await expect(saveCandidate(db, byMail, T0, { mergeInto: 'by-hand' })).rejects.toMatchObject({
      field: 'email',
      otherId: 'owner',
    });
  });

  it('a lead deleted since the offer is a clear error, not a new lead', async () => {
    await db.leads.delete('by-hand');
    await expect(saveCandidate(db, capture(), T0, { mergeInto: 'by-hand' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.leads.count()).toBe(0);
  });

  it("an update by key that would take another lead's email is refused the same way", async () => {
    await db.leads.add(rowOf({ ...byHand, id: 'keyed', name: 'Lucía', linkedinUrl: URL_IN }, []));
    await db.leads.add(rowOf({ ...byHand, id: 'mail-owner', email: 'lucia@swedbank.se' }, []));
    await expect(saveCandidate(db, capture({ email: 'lucia@swedbank.se' }), T0)).rejects.toBeInstanceOf(
      DuplicateLeadError,
    );
  });
});

describe('Sales Navigator', () => {
  it('a lead page that links the /in/ profile joins the lead captured from that profile', async () => {
    const salesNav = findCases().find((c) => c.name === 'linkedin/sales-nav-lead-with-profile-link');
    if (!salesNav) throw new Error('fixture missing');
    const { candidate } = extractPage(loadDocument(salesNav), salesNav.url);
    if (!candidate) throw new Error('nothing extracted');
    const profile = await saveCandidate(
      db,
      capture({
        name: 'Nuria Castell Roig',
        company: 'Laboratorios Farmacéuticos Ribera',
        headline: 'Compras',
        linkedinUrl: 'https://es.linkedin.com/in/Nuria-Castell-Roig-5d8e21?trk=x',
      }),
      T0,
    );
    expect(await matchCandidate(db, candidate)).toEqual({ existingLeadId: profile.lead.id });
    const joined = await saveCandidate(db, candidate, T0 + 1);
    expect(joined).toMatchObject({
      created: false,
      lead: { id: profile.lead.id, headline: 'Directora de Compras' },
    });
    expect(joined.lead.changes).toContainEqual(
      expect.objectContaining({ field: 'headline', previous: 'Compras' }),
    );
    expect(await db.leads.count()).toBe(2);
  });
});

describe('applyCapture', () => {
  it('never moves updatedAt backwards', () => {
    const later: Lead = { ...byHand, updatedAt: T0 + 86_400_000 };
    const next = applyCapture(later, capture(), T0);
    expect(next.name).toBe('Lucía Ferrer Ortega');
    expect(next.updatedAt).toBe(T0 + 86_400_000);
  });
});
