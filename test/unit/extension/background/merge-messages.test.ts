import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../../extension/background/handle-message';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { rowOf } from '../../../../extension/data/leads/lead-rows';
import type { Lead } from '../../../../shared/model/lead';
import { EXTENSION_URL, POPUP } from './message-senders';

const URL_IN = 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/';
const candidate = {
  kind: 'person',
  name: 'Lucía Ferrer Ortega',
  company: 'Swedbank',
  linkedinUrl: URL_IN,
  source: 'linkedin',
  provenance: {
    pageUrl: URL_IN,
    capturedAt: 1,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: {},
  },
};
const byHand: Lead = {
  id: 'by-hand',
  kind: 'person',
  name: 'lucia ferrer ortega',
  company: 'Swedbank',
  source: 'manual',
  stage: 'decision',
  status: 'open',
  currency: 'EUR',
  createdAt: 1,
  updatedAt: 1,
  stageChangedAt: 1,
};

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`merge-msg-${n++}`);
  await db.open();
  await db.leads.add(rowOf(byHand, []));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

describe('likely match through the background messages', () => {
  it('capture-tab offers the look-alike lead; save-candidate with mergeInto updates it', async () => {
    const inject = vi.fn().mockResolvedValue({ candidate, errors: [] });
    const res = await handleMessage({ type: 'capture-tab', tabId: 4 }, POPUP, {
      db,
      inject,
      extensionUrl: EXTENSION_URL,
    });
    expect(res).toMatchObject({
      ok: true,
      likelyMatch: { id: 'by-hand', name: 'lucia ferrer ortega', company: 'Swedbank', stage: 'decision' },
    });
    expect(res).not.toHaveProperty('existingLeadId');
    const saved = await handleMessage({ type: 'save-candidate', candidate, mergeInto: 'by-hand' }, POPUP, {
      db,
      inject,
      now: () => 99,
      extensionUrl: EXTENSION_URL,
    });
    expect(saved).toEqual({ ok: true, leadId: 'by-hand', created: false });
    expect(await db.leads.count()).toBe(1);
    expect((await db.leads.get('by-hand'))?.linkedinUrl).toBe(URL_IN);
  });

  it('a key another lead holds is answered as "duplicate" with the field, not as a crash', async () => {
    await db.leads.add(rowOf({ ...byHand, id: 'owner', name: 'Other', linkedinUrl: URL_IN }, []));
    const res = await handleMessage({ type: 'save-candidate', candidate, mergeInto: 'by-hand' }, POPUP, {
      db,
      inject: vi.fn(),
      extensionUrl: EXTENSION_URL,
    });
    expect(res).toMatchObject({ ok: false, reason: 'duplicate', field: 'linkedinUrl' });
  });

  it('rejects a malformed mergeInto before touching the database', async () => {
    for (const mergeInto of ['', 42, 'x'.repeat(65)]) {
      expect(
        await handleMessage({ type: 'save-candidate', candidate, mergeInto }, POPUP, {
          db,
          inject: vi.fn(),
          extensionUrl: EXTENSION_URL,
        }),
      ).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await db.leads.get('by-hand')).toEqual(rowOf(byHand, []));
  });
});
