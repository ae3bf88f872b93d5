import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED, handleMessage, senderKind } from '../../../../extension/background/handle-message';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { rowOf } from '../../../../extension/data/leads/lead-rows';
import type { Lead } from '../../../../shared/model/lead';
import { APP_TAB, contentScript, EXTENSION_URL, POPUP } from './message-senders';

const URL_IN = 'https://www.linkedin.com/in/jane-roe/';
const candidate = {
  kind: 'person',
  name: 'Mallory',
  company: 'Evil Corp',
  linkedinUrl: URL_IN,
  source: 'linkedin',
  provenance: {
    pageUrl: URL_IN,
    capturedAt: 1,
    extractor: { id: 'linkedin-profile', version: 1 },
    confidence: {},
  },
};
const jane: Lead = {
  id: 'jane',
  kind: 'person',
  name: 'Jane Roe',
  company: 'Acme',
  linkedinUrl: URL_IN,
  source: 'linkedin',
  stage: 'interest',
  status: 'open',
  currency: 'EUR',
  createdAt: 1,
  updatedAt: 1,
  stageChangedAt: 1,
};

/** Every message a content script must not send, each one a real attack on the rep's data or settings. */
const FORBIDDEN_FROM_PAGES = [
  { type: 'save-candidate', candidate },
  { type: 'save-candidate', candidate, mergeInto: 'jane' },
  { type: 'capture-tab', tabId: 3 },
  { type: 'set-page-button', enabled: false },
  { type: 'get-page-button' },
  { type: 'refresh-badge' },
  { type: 'problem-count' },
];

let db: EmbudoDb;
let n = 0;
const inject = vi.fn();
const pageButton = { set: vi.fn(), get: vi.fn() };
const refreshBadge = vi.fn();
const deps = () => ({ db, inject, pageButton, refreshBadge, extensionUrl: EXTENSION_URL });
beforeEach(async () => {
  db = openDb(`senders-${n++}`);
  await db.open();
  await db.leads.add(rowOf(jane, []));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const f of [inject, pageButton.set, pageButton.get, refreshBadge]) f.mockReset();
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

describe('who may send what', () => {
  it('sorts senders by where their document lives', () => {
    expect(senderKind(POPUP, EXTENSION_URL)).toBe('extension-page');
    expect(senderKind(APP_TAB, EXTENSION_URL)).toBe('extension-page');
    expect(senderKind(contentScript(4), EXTENSION_URL)).toBe('content-script');
    // An extension page framed inside a web page, another extension's look-alike, no URL at all.
    expect(senderKind({ ...POPUP, tab: contentScript(4).tab }, EXTENSION_URL)).toBe('unknown');
    expect(senderKind({ url: `${EXTENSION_URL.slice(0, -1)}x/popup.html` }, EXTENSION_URL)).toBe('unknown');
    expect(senderKind({}, EXTENSION_URL)).toBe('unknown');
  });

  it.each(FORBIDDEN_FROM_PAGES)(
    'a content script sending $type is refused and nothing happens',
    async (message) => {
      const res = await handleMessage(message, contentScript(4), deps());
      expect(res).toMatchObject({
        ok: false,
        reason: 'forbidden',
        detail: expect.stringContaining(message.type),
      });
      expect(inject).not.toHaveBeenCalled();
      expect(pageButton.set).not.toHaveBeenCalled();
      expect(pageButton.get).not.toHaveBeenCalled();
      expect(refreshBadge).not.toHaveBeenCalled();
      expect(await db.leads.toArray()).toEqual([rowOf(jane, [])]);
    },
  );

  it('a content script may only capture its own tab, whatever tab id its message names', async () => {
    inject.mockResolvedValue({ candidate: null, errors: [] });
    const res = await handleMessage({ type: 'quick-capture-sender', tabId: 99 }, contentScript(4), deps());
    expect(res).toEqual({ ok: false, reason: 'nothing-here' });
    expect(inject).toHaveBeenCalledExactlyOnceWith(4);
    expect(ALLOWED['content-script']).toEqual(new Set(['quick-capture-sender', 'tab-lead-stage-sender']));
  });

  it('the in-page button learns the stage of its own page’s lead, read only, and nothing of other pages', async () => {
    vi.stubGlobal('browser', {
      i18n: { getMessage: (key: string) => (key === 'messagesLang' ? 'en' : key) },
    });
    try {
      const ask = { type: 'tab-lead-stage-sender', tabId: 99 };
      expect(
        await handleMessage(ask, contentScript(4, 'https://es.linkedin.com/in/Jane-Roe?trk=x'), deps()),
      ).toEqual({
        stage: 'Interest',
      });
      expect(
        await handleMessage(ask, contentScript(4, 'https://www.linkedin.com/in/someone-else/'), deps()),
      ).toEqual({
        stage: null,
      });
      expect(await handleMessage(ask, contentScript(4, 'https://example.com/'), deps())).toEqual({
        stage: null,
      });
      // A Gmail message: its sender is read from the sender's own tab, never the tab the message names.
      inject.mockResolvedValue({ candidate: null, errors: [] });
      const gmail = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbVcSgMnZrTwLpDkJhQwFxRb';
      expect(await handleMessage(ask, contentScript(7, gmail), deps())).toEqual({ stage: null });
      expect(inject).toHaveBeenCalledExactlyOnceWith(7);
      expect((await db.leads.get('jane'))?.stage).toBe('interest');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a sender of unknown kind gets nothing, not even a quick capture', async () => {
    for (const message of [...FORBIDDEN_FROM_PAGES, { type: 'quick-capture-sender' }]) {
      expect(await handleMessage(message, { tab: { url: 'https://x.example/' } }, deps())).toMatchObject({
        reason: 'forbidden',
      });
    }
    expect(inject).not.toHaveBeenCalled();
  });

  it('extension pages, the popup and the app in a tab, keep every message', async () => {
    pageButton.get.mockResolvedValue({ enabled: false, origins: [] });
    pageButton.set.mockResolvedValue({ enabled: true, origins: [] });
    for (const sender of [POPUP, APP_TAB]) {
      expect(await handleMessage({ type: 'get-page-button' }, sender, deps())).toEqual({
        enabled: false,
        origins: [],
      });
      expect(await handleMessage({ type: 'set-page-button', enabled: true }, sender, deps())).toMatchObject({
        enabled: true,
      });
      expect(await handleMessage({ type: 'refresh-badge' }, sender, deps())).toEqual({ ok: true });
    }
    const saved = await handleMessage({ type: 'save-candidate', candidate }, POPUP, deps());
    expect(saved).toEqual({ ok: true, leadId: 'jane', created: false });
  });
});
