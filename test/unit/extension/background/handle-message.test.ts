import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InjectCapture } from '../../../../extension/background/capture-tab';
import { onMenuClick } from '../../../../extension/background/context-menu';
import { handleMessage } from '../../../../extension/background/handle-message';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { contentScript, EXTENSION_URL, POPUP } from './message-senders';

const candidate = {
  kind: 'person',
  name: 'Jane Roe',
  linkedinUrl: 'https://www.linkedin.com/in/jane-roe/',
  source: 'linkedin',
  provenance: {
    pageUrl: 'https://www.linkedin.com/in/jane-roe/',
    capturedAt: 1,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: {},
  },
};

let db: EmbudoDb;
let n = 0;
const deps = (inject: InjectCapture = vi.fn()) => ({ db, inject, extensionUrl: EXTENSION_URL });
beforeEach(async () => {
  db = openDb(`bg-test-${n++}`);
  await db.open();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

describe('handleMessage', () => {
  it('rejects malformed messages with a reason and writes nothing', async () => {
    for (const bad of [null, 'capture', { type: 'drop-tables' }, { type: 'capture-tab', tabId: -1 }]) {
      expect(await handleMessage(bad, POPUP, deps())).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const hostile = { ...candidate, website: 'javascript:alert(1)' };
    expect(await handleMessage({ type: 'save-candidate', candidate: hostile }, POPUP, deps())).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringContaining('website'),
    });
    expect(await db.leads.count()).toBe(0);
  });

  it('turns what the page returned into a validated candidate, or "nothing here"', async () => {
    const inject = vi
      .fn()
      .mockResolvedValueOnce({ candidate, errors: [] })
      .mockResolvedValueOnce({ candidate: null, errors: [] });
    expect(await handleMessage({ type: 'capture-tab', tabId: 3 }, POPUP, deps(inject))).toMatchObject({
      ok: true,
    });
    expect(await handleMessage({ type: 'capture-tab', tabId: 3 }, POPUP, deps(inject))).toEqual({
      ok: false,
      reason: 'nothing-here',
    });
    expect(inject).toHaveBeenCalledWith(3);
  });

  it('a page that returns a malformed candidate is refused, not stored', async () => {
    const inject = vi.fn().mockResolvedValue({ candidate: { ...candidate, name: 42 }, errors: [] });
    expect(await handleMessage({ type: 'capture-tab', tabId: 1 }, POPUP, deps(inject))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('maps a page the browser will not let us read to "no-access"', async () => {
    const inject = vi.fn().mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await handleMessage({ type: 'capture-tab', tabId: 1 }, POPUP, deps(inject))).toMatchObject({
      reason: 'no-access',
    });
  });

  it('quick capture from the in-page button uses the sender tab and saves once', async () => {
    const inject = vi.fn().mockResolvedValue({ candidate, errors: [] });
    expect(await handleMessage({ type: 'quick-capture-sender' }, POPUP, deps(inject))).toMatchObject({
      ok: false,
    });
    const first = await handleMessage({ type: 'quick-capture-sender' }, contentScript(9), deps(inject));
    const again = await handleMessage({ type: 'quick-capture-sender' }, contentScript(9), deps(inject));
    expect(first).toMatchObject({ ok: true, created: true, name: 'Jane Roe' });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(inject).toHaveBeenCalledWith(9);
    expect(await db.leads.count()).toBe(1);
  });
});

describe('context menu', () => {
  it('saves the person behind a mailto link and ignores unknown menu items', async () => {
    const res = await onMenuClick(db, {
      menuItemId: 'embudo-capture-mailto',
      pageUrl: 'https://www.ejemplo-industrial.es/contacto',
      linkUrl: 'mailto:laura.campos@ejemplo-industrial.es',
    });
    expect(res).toMatchObject({ ok: true, created: true });
    expect(await onMenuClick(db, { menuItemId: 'other' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await db.leads.toArray())[0]).toMatchObject({ email: 'laura.campos@ejemplo-industrial.es' });
  });
});
