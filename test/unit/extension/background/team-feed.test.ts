import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../../extension/background/handle-message';
import { TEAM_FEED_LEASE_MS, teamFeed } from '../../../../extension/background/team-feed';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { turnSyncOn } from '../../../../extension/data/sync/sync-config';
import { saveTeamProcess } from '../../../../extension/data/sync/team-process';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { contentScript, EXTENSION_URL, POPUP } from './message-senders';

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`feed-test-${n++}`);
  await db.open();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

const CONFIG = { server: 'http://team.test', database: 'team', name: 'lia' };

describe("the playbook's team-process message", () => {
  it("answers the synced process only while sync is on, and only to the extension's pages", async () => {
    const deps = { db, inject: vi.fn(), extensionUrl: EXTENSION_URL };
    await saveTeamProcess(db, { ...DEFAULT_SETTINGS, capacity: 9 }, 'lia', 1);
    expect(await handleMessage({ type: 'team-process' }, POPUP, deps)).toEqual({ doc: null });
    await turnSyncOn(db, CONFIG, 1);
    await saveTeamProcess(db, { ...DEFAULT_SETTINGS, capacity: 9 }, 'lia', 2);
    expect(await handleMessage({ type: 'team-process' }, POPUP, deps)).toMatchObject({
      doc: { _id: 'process', owner: 'lia', settings: { capacity: 9 } },
    });
    expect(await handleMessage({ type: 'team-process' }, contentScript(4), deps)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe('the Team screen’s hold on the changes feed', () => {
  /** A server whose longpoll never answers: the requests and whether they were let go. */
  function quietServer() {
    const signals: AbortSignal[] = [];
    const fetch = ((_: unknown, init?: RequestInit) => {
      const signal = init?.signal as AbortSignal;
      signals.push(signal);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    }) as typeof globalThis.fetch;
    return { signals, fetch };
  }

  it('follows while a screen holds it, stops when the last one closes or falls silent, and not with sync off', async () => {
    let now = 1_000;
    const server = quietServer();
    const feed = teamFeed({ db: () => db, fetch: server.fetch, run: async () => undefined, now: () => now });
    expect(await feed.hold('a', true)).toEqual({ ok: true, following: false });
    await turnSyncOn(db, CONFIG, 1);
    expect(await feed.hold('a', true)).toEqual({ ok: true, following: true });
    await vi.waitFor(() => expect(server.signals.length).toBe(1));
    expect(await feed.hold('b', true)).toEqual({ ok: true, following: true });
    expect(await feed.hold('a', false)).toEqual({ ok: true, following: true });
    expect(server.signals[0]?.aborted).toBe(false);
    // Screen b never beats again: its lease runs out, and the next word ends the feed.
    now += TEAM_FEED_LEASE_MS + 1;
    expect(await feed.hold('c', false)).toEqual({ ok: true, following: false });
    expect(server.signals[0]?.aborted).toBe(true);
  });
});
