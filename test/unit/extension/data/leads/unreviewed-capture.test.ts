import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quickCapture } from '../../../../../extension/background/quick-capture';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import {
  fillEmpty,
  saveUnreviewed,
  trustedCandidate,
} from '../../../../../extension/data/leads/unreviewed-capture';
import { extractPage } from '../../../../../extension/extractors/registry';
import type { Candidate } from '../../../../../shared/capture/candidate';
import type { Lead } from '../../../../../shared/model/lead';
import type { StageEvent } from '../../../../../shared/model/stage-event';
import { findCases, loadDocument } from '../../extractors/fixture-cases';

const T0 = Date.UTC(2026, 10, 2, 9);
const URL_IN = 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/';
const HOSTILE = findCases().find((c) => c.name === 'web/hostile-sameas-linkedin');

/** The rep's lead, captured on LinkedIn weeks ago and worked since. */
const lucia: Lead = {
  id: 'lucia',
  kind: 'person',
  name: 'Lucía Ferrer Ortega',
  company: 'Swedbank',
  headline: 'Scrum Master @ Swedbank',
  email: 'lucia.ferrer@swedbank.se',
  linkedinUrl: URL_IN,
  notes: 'Call after the budget review',
  source: 'linkedin',
  stage: 'consideration',
  status: 'open',
  currency: 'EUR',
  createdAt: T0 - 9000,
  updatedAt: T0 - 5000,
  stageChangedAt: T0 - 5000,
  provenance: {
    pageUrl: URL_IN,
    capturedAt: T0 - 9000,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: { name: 1 },
  },
};
const creation: StageEvent = {
  leadId: 'lucia',
  fromStage: null,
  toStage: 'consideration',
  fromStatus: null,
  toStatus: 'open',
  at: T0 - 9000,
};

const capture = (over: Partial<Candidate> = {}, pageUrl = URL_IN): Candidate => ({
  kind: 'person',
  name: 'Lucía Ferrer Ortega',
  source: 'linkedin',
  provenance: { pageUrl, capturedAt: T0, extractor: { id: 'test', version: 1 }, confidence: {} },
  ...over,
});

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`unreviewed-${n++}`);
  await db.open();
  await db.leads.add(rowOf(lucia, [creation]));
});
afterEach(async () => {
  await db.delete();
});

describe('a capture nobody reviewed', () => {
  it('from a page on another site naming the lead’s LinkedIn URL (sameAs): the lead stays exactly as it was', async () => {
    if (!HOSTILE) throw new Error('fixture web/hostile-sameas-linkedin is missing');
    const { candidate } = extractPage(loadDocument(HOSTILE), HOSTILE.url);
    expect(candidate?.linkedinUrl).toBe(URL_IN);
    const inject = async () => ({ candidate, errors: [] });
    const res = await quickCapture(db, 7, inject, T0);
    expect(res).toMatchObject({ ok: true, created: true, linkedinSkipped: true });
    expect(await db.leads.get('lucia')).toEqual(rowOf(lucia, [creation]));
    // The page's person is kept as its own lead, without the key it had no right to.
    const other = (await db.leads.toArray()).find((l) => l.id !== 'lucia');
    expect(other).toMatchObject({ name: 'Lucía Ferrer (perfil verificado)', source: 'web' });
    expect(other?.linkedinUrl).toBeUndefined();
  });

  it('matched by e-mail on any page: fills only what is empty, never the name, e-mail or LinkedIn URL', async () => {
    await db.leads.update('lucia', { headline: undefined });
    const before = await db.leads.get('lucia');
    const res = await saveUnreviewed(
      db,
      capture(
        {
          name: 'Someone Else',
          company: 'Evil Corp',
          email: 'LUCIA.FERRER@swedbank.se',
          headline: 'Buyer',
          location: 'Sevilla',
          source: 'web',
        },
        'https://evil.example/team',
      ),
      T0,
    );
    expect(res).toMatchObject({ created: false, kept: ['name', 'company'], linkedinSkipped: false });
    const after = await db.leads.get('lucia');
    expect(after).toMatchObject({
      name: 'Lucía Ferrer Ortega',
      company: 'Swedbank',
      email: 'lucia.ferrer@swedbank.se',
      linkedinUrl: URL_IN,
      headline: 'Buyer',
      location: 'Sevilla',
      updatedAt: T0,
      // Where the lead's identity came from is still LinkedIn.
      provenance: lucia.provenance,
    });
    expect(after?.changes).toBeUndefined();
    expect(after?.events).toEqual(before?.events);
    expect(await db.leads.count()).toBe(1);
  });

  it('from LinkedIn itself: the URL is a key, but a different name or e-mail is still not written', async () => {
    const res = await saveUnreviewed(
      db,
      capture({ name: 'Lucia F.', email: 'new@example.com', location: 'Stockholm', linkedinUrl: URL_IN }),
      T0,
    );
    expect(res).toMatchObject({ created: false, kept: ['name', 'email'] });
    expect(await db.leads.get('lucia')).toMatchObject({
      name: 'Lucía Ferrer Ortega',
      email: 'lucia.ferrer@swedbank.se',
      location: 'Stockholm',
    });
    expect(await db.leads.count()).toBe(1);
  });

  it('with nothing new to fill, writes nothing at all (updatedAt stays)', async () => {
    const res = await saveUnreviewed(db, capture({ linkedinUrl: URL_IN, company: 'Other Co' }), T0);
    expect(res).toMatchObject({ created: false, kept: ['company'] });
    expect(await db.leads.get('lucia')).toEqual(rowOf(lucia, [creation]));
  });
});

describe('trustedCandidate', () => {
  it('keeps a LinkedIn URL read on LinkedIn (any country subdomain), drops one read anywhere else', () => {
    const onLinkedin = capture({
      linkedinUrl: 'https://es.linkedin.com/in/Lucia-Ferrer-Ortega-4b2a1c?trk=x',
    });
    expect(trustedCandidate(onLinkedin)).toEqual({
      candidate: { ...onLinkedin, linkedinUrl: URL_IN, email: undefined },
      linkedinSkipped: false,
    });
    for (const page of [
      'https://evil.example/in/lucia',
      'https://linkedin.com.evil.example/in/x/',
      'http://www.linkedin.com/in/x/',
    ]) {
      const res = trustedCandidate(capture({ linkedinUrl: URL_IN }, page));
      expect(res.linkedinSkipped, page).toBe(true);
      expect(res.candidate, page).not.toHaveProperty('linkedinUrl');
    }
  });

  it('fillEmpty never moves updatedAt backwards (a clock set back, a lead from a later backup)', () => {
    const later = { ...lucia, updatedAt: T0 + 86_400_000, headline: undefined };
    const filled = fillEmpty(later, capture({ headline: 'New headline' }), T0).lead;
    expect(filled.headline).toBe('New headline');
    expect(filled.updatedAt).toBe(T0 + 86_400_000);
  });

  it('fillEmpty returns the very same lead when there is nothing to fill', () => {
    expect(fillEmpty(lucia, capture({ company: 'X' }), T0)).toEqual({ lead: lucia, kept: ['company'] });
    expect(fillEmpty(lucia, capture({ company: 'X' }), T0).lead).toBe(lucia);
  });
});
