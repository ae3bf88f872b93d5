import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { rowOf } from '../../../../../extension/data/leads/lead-rows';
import {
  bestMatch,
  findLikelyMatch,
  foldText,
  isLikelyMatch,
  matchCandidate,
} from '../../../../../extension/data/leads/likely-match';
import type { Candidate } from '../../../../../shared/capture/candidate';
import type { Lead } from '../../../../../shared/model/lead';

const T0 = Date.UTC(2026, 10, 2, 9);

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  kind: 'person',
  name: 'Lucía Ferrer Ortega',
  company: 'Swedbank',
  linkedinUrl: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
  source: 'linkedin',
  provenance: {
    pageUrl: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
    capturedAt: T0,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: { name: 1 },
  },
  ...over,
});

const lead = (over: Partial<Lead> & Pick<Lead, 'id'>): Lead => ({
  kind: 'person',
  name: 'Lucia Ferrer Ortega',
  company: 'Swedbank',
  source: 'manual',
  stage: 'interest',
  status: 'open',
  currency: 'EUR',
  createdAt: T0 - 1000,
  updatedAt: T0 - 1000,
  stageChangedAt: T0 - 1000,
  ...over,
});
/** The same lead as stored (no history: these tests only look at the lead). */
const row = (over: Partial<Lead> & Pick<Lead, 'id'>) => rowOf(lead(over), []);

describe('foldText', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(foldText('  Lucía  FERRER-Ortega ')).toBe('lucia ferrer ortega');
    expect(foldText('Íñigo Múgica')).toBe(foldText('inigo mugica'));
    expect(foldText('Swedbank AB.')).toBe('swedbank ab');
    expect(foldText(undefined)).toBe('');
  });

  it('keeps letters that are not accents apart', () => {
    expect(foldText('Ana Paz')).not.toBe(foldText('Ana Pas'));
    expect(foldText('Åsa Öberg')).toBe('asa oberg');
  });
});

describe('isLikelyMatch', () => {
  it('matches the same name and company written differently', () => {
    expect(
      isLikelyMatch(candidate(), lead({ id: 'a', name: 'LUCIA ferrer ortega', company: 'SWEDBANK' })),
    ).toBe(true);
  });

  it('never matches a different company, a different name or another kind', () => {
    expect(isLikelyMatch(candidate(), lead({ id: 'a', company: 'Nordea' }))).toBe(false);
    expect(isLikelyMatch(candidate(), lead({ id: 'a', company: undefined }))).toBe(false);
    expect(isLikelyMatch(candidate(), lead({ id: 'a', name: 'Lucía Ferrer' }))).toBe(false);
    expect(isLikelyMatch(candidate(), lead({ id: 'a', kind: 'company' }))).toBe(false);
  });

  it('matches on the name alone when the capture found no company', () => {
    const c = candidate({ company: undefined });
    expect(isLikelyMatch(c, lead({ id: 'a' }))).toBe(true);
    expect(isLikelyMatch(c, lead({ id: 'b', company: undefined }))).toBe(true);
  });

  it('a different LinkedIn URL or email means two people with one name', () => {
    expect(
      isLikelyMatch(
        candidate(),
        lead({ id: 'a', linkedinUrl: 'https://www.linkedin.com/in/lucia-ferrer-2/' }),
      ),
    ).toBe(false);
    expect(
      isLikelyMatch(
        candidate({ email: 'lucia@swedbank.se' }),
        lead({ id: 'a', email: 'l.ferrer@swedbank.se' }),
      ),
    ).toBe(false);
    // The same key in another form is no conflict.
    expect(
      isLikelyMatch(
        candidate(),
        lead({ id: 'a', linkedinUrl: 'https://SE.linkedin.com/in/Lucia-Ferrer-Ortega-4b2a1c?trk=x' }),
      ),
    ).toBe(true);
  });

  it('prefers an open lead, then the most recently touched', () => {
    const leads = [
      lead({ id: 'lost', status: 'lost', updatedAt: T0 }),
      lead({ id: 'old', updatedAt: T0 - 50 }),
      lead({ id: 'new', updatedAt: T0 - 5 }),
      lead({ id: 'other', company: 'Nordea', updatedAt: T0 }),
    ];
    expect(bestMatch(candidate(), leads)?.id).toBe('new');
    expect(bestMatch(candidate(), [leads[0] as Lead])?.id).toBe('lost');
    expect(bestMatch(candidate(), [leads[3] as Lead])).toBeUndefined();
  });
});

describe('finding a likely match in the database', () => {
  let db: EmbudoDb;
  let n = 0;
  beforeEach(async () => {
    db = openDb(`likely-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds the look-alike whatever its accents and case, and says where it stands', async () => {
    await db.leads.bulkAdd([
      row({ id: 'x', name: 'Jane Roe', company: 'Acme' }),
      row({ id: 'hit', name: 'lucia FERRER ortega' }),
      row({ id: 'same-name-other-co', name: 'Lucía Ferrer Ortega', company: 'Nordea' }),
    ]);
    expect(await findLikelyMatch(db, candidate())).toEqual({
      id: 'hit',
      name: 'lucia FERRER ortega',
      company: 'Swedbank',
      stage: 'interest',
      status: 'open',
    });
  });

  it('finds nothing for a different company or an empty name', async () => {
    await db.leads.add(row({ id: 'a', company: 'Nordea' }));
    expect(await findLikelyMatch(db, candidate())).toBeUndefined();
    expect(await findLikelyMatch(db, candidate({ name: '  ' }))).toBeUndefined();
  });

  it('an exact key match wins: the capture updates that lead and no merge is offered', async () => {
    await db.leads.bulkAdd([
      row({
        id: 'keyed',
        name: 'L. Ferrer',
        linkedinUrl: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
      }),
      row({ id: 'look-alike' }),
    ]);
    expect(await matchCandidate(db, candidate())).toEqual({ existingLeadId: 'keyed' });
    await db.leads.delete('keyed');
    expect(await matchCandidate(db, candidate())).toMatchObject({ likelyMatch: { id: 'look-alike' } });
  });

  it('the same email in another case is an exact match, not an offer', async () => {
    await db.leads.add(row({ id: 'mail', email: 'lucia@swedbank.se' }));
    expect(
      await matchCandidate(db, candidate({ linkedinUrl: undefined, email: 'Lucia@Swedbank.SE' })),
    ).toEqual({ existingLeadId: 'mail' });
  });
});
