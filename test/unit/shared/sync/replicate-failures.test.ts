import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { adminClient } from '../../../../scripts/team/admin-client';
import { couchClient } from '../../../../shared/sync/couch-client';
import { push } from '../../../../shared/sync/push';
import { connect, startSession, syncOnce } from '../../../../shared/sync/replicate';
import { SyncError } from '../../../../shared/sync/sync-error';
import { cookieFetch } from '../../../support/cookie-fetch';
import { MemoryStore } from '../../../support/memory-store';
import type { TeamServer } from '../../../support/team-server';
import { STORES, type TestStore } from '../../../support/test-stores';
import { leadDoc } from './team-docs-fixture';
import { setUp, signedIn, TEAM, withTeamServer } from './team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

const kindOf = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof SyncError ? e.kind : `untyped: ${String(e)}`),
  );

/** Every document of the team database with its revision and conflicts, as the admin sees it. */
async function serverState(database = TEAM.database) {
  const all = await adminClient(server.adminUrl).request(
    'GET',
    `/${database}/_all_docs?include_docs=true&conflicts=true`,
  );
  return (
    (all.data.rows as { id: string; doc: Record<string, unknown> }[])
      .filter((r) => !r.id.startsWith('_design/'))
      // The rep's status is rewritten by every run that pushes: its revision says how many runs there were.
      .map((r) => ({
        id: r.id,
        rev: r.id.startsWith('rep:') ? 'any' : r.doc._rev,
        conflicts: r.doc._conflicts,
      }))
  );
}

// Every scenario that writes to a store runs over each LocalStore (test/support/test-stores.ts).
describe.each(STORES)('replicator failures, $name', { timeout: 120_000 }, (kind) => {
  const p = kind.name.split(' ')[0] as string;
  it('a push cut off by the server dying resumes after a restart, with nothing written twice', async () => {
    const { jar } = await signedIn(server, 'bo');
    const store = await kind.open('bo');
    for (let i = 0; i < 30; i++) await store.edit(leadDoc(`${p}cut${i}`, 'bo'));
    let writes = 0;
    // The second write reaches the server, then the server dies before the answer is read.
    const realFetch = jar.fetch;
    jar.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      if (String(input).includes('_bulk_docs') && ++writes === 2) {
        await server.stop();
        throw new TypeError('fetch failed');
      }
      return res;
    };
    const client = couchClient({
      server: server.url,
      database: TEAM.database,
      fetch: jar.fetch,
      timeoutMs: 20_000,
    });
    const sync = () => syncOnce({ client, store, replicaId: `${p}-bo-cut`, batchSize: 10 });
    expect(await kindOf(sync())).toBe('offline');
    expect(await kindOf(sync())).toBe('offline'); // still down
    await server.restart();
    await sync();
    const docs = (await serverState()).filter((d) => d.id.startsWith(`lead:${p}cut`));
    expect(docs).toHaveLength(30);
    // One revision each, no conflicts: nothing was stored twice.
    expect(docs.every((d) => String(d.rev).startsWith('1-') && d.conflicts === undefined)).toBe(true);
    expect((await store.records()).every((d) => d.dirty === 0)).toBe(true);
  });

  it('a push repeated after its answer was lost asks _revs_diff and sends nothing again', async () => {
    const { client, jar } = await signedIn(server, 'ana');
    const store = await kind.open('ana');
    for (let i = 0; i < 3; i++) await store.edit(leadDoc(`${p}lost${i}`, 'ana'));
    const session = await startSession({ client, store, replicaId: `${p}-ana-lost` });
    const realFetch = jar.fetch;
    jar.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      if (String(input).includes('_bulk_docs')) throw new TypeError('answer lost');
      return res;
    };
    const lossy = couchClient({ server: server.url, database: TEAM.database, fetch: jar.fetch });
    expect(await kindOf(push({ ...session, client: lossy }))).toBe('offline');
    jar.fetch = realFetch;
    jar.requests.length = 0;
    expect(await push(session)).toEqual({ pushed: 4, refused: [] }); // 3 leads and the rep's status
    expect(jar.requests.filter((r) => r.includes('_bulk_docs'))).toEqual([]); // the server had them all
    const docs = (await serverState()).filter((d) => d.id.startsWith(`lead:${p}lost`));
    expect(docs.map((d) => String(d.rev).slice(0, 2))).toEqual(['1-', '1-', '1-']);
  });

  it('a crash between any two requests: the next run completes with the same result', async () => {
    const reference = await scenario(kind.open, `${p}-crash-ref`, Number.POSITIVE_INFINITY);
    expect(reference.requests).toBeGreaterThan(8);
    for (let k = 1; k <= reference.requests; k++) {
      const run = await scenario(kind.open, `${p}-crash-${k}`, k);
      expect(run.contents, `crash before request ${k}`).toEqual(reference.contents);
      expect(run.server, `crash before request ${k}`).toEqual(reference.server);
    }
  });
});

describe('replicator errors', { timeout: 120_000 }, () => {
  it('tells a wrong password, a non-member, a missing database and a server that is not CouchDB apart', async () => {
    const base = { server: server.url, database: TEAM.database, fetch: cookieFetch().fetch };
    expect(await kindOf(connect({ ...base, name: 'ana', password: 'wrong' }))).toBe('signed-out');
    const admin = adminClient(server.adminUrl);
    await admin.request('PUT', '/_users/org.couchdb.user:zed', {
      name: 'zed',
      password: 'zed-password',
      roles: [],
      type: 'user',
    });
    // CouchDB answers 403 to a signed-in non-member; PouchDB Server 401.
    expect(['forbidden', 'signed-out']).toContain(
      await kindOf(connect({ ...base, name: 'zed', password: 'zed-password' })),
    );
    expect(
      await kindOf(connect({ ...base, database: 'embudo-none', name: 'ana', password: 'ana-password' })),
    ).toBe('not-found');
    const signedOut = couchClient({ ...base, fetch: cookieFetch().fetch });
    expect(await kindOf(syncOnce({ client: signedOut, store: new MemoryStore(), replicaId: 'x' }))).toBe(
      'signed-out',
    );

    const fake = await fakeServer();
    const at = (path: string, timeoutMs = 20_000) =>
      couchClient({ server: `${fake.url}${path}`, database: 'db', fetch, timeoutMs });
    expect(await kindOf(at('/html').checkServer())).toBe('not-couchdb');
    expect(await kindOf(at('/other-json').checkServer())).toBe('not-couchdb');
    expect(await kindOf(at('/fails').session())).toBe('server');
    expect(await kindOf(at('/hangs', 300).session())).toBe('timeout');
    await fake.close();
    expect(await kindOf(at('').checkServer())).toBe('offline');
  });
});

/**
 * bo has 6 leads to push and ana 5 to pull; the run is cut before request
 * `crashAt` (counted from the first sync request), then run again to the end.
 */
async function scenario(open: (owner: string) => Promise<TestStore>, name: string, crashAt: number) {
  const database = `embudo-${name}`;
  await setUp(server, { ...TEAM, database }, []);
  const ana = await signedIn(server, 'ana', database);
  const anaStore = new MemoryStore();
  for (let i = 0; i < 5; i++) anaStore.edit(leadDoc(`a${i}`, 'ana'));
  await syncOnce({ client: ana.client, store: anaStore, replicaId: 'ana', now: () => 1 });
  const bo = await signedIn(server, 'bo', database);
  const store = await open('bo');
  for (let i = 0; i < 6; i++) await store.edit(leadDoc(`b${i}`, 'bo'));
  let count = 0;
  bo.jar.before = () => {
    if (++count === crashAt) throw new TypeError('crash');
  };
  const run = () => syncOnce({ client: bo.client, store, replicaId: 'bo', batchSize: 4, now: () => 2 });
  await run().catch(() => {});
  const requests = count;
  bo.jar.before = undefined;
  await run();
  await run();
  return { requests, contents: await store.contents(), server: await serverState(database) };
}

async function fakeServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/html')) res.end('<html>router login</html>');
    else if (req.url?.startsWith('/other-json')) res.end('{"hello":"world"}');
    else if (req.url?.startsWith('/fails')) {
      res.statusCode = 503;
      res.end('{"error":"unavailable"}');
    } // '/hangs' never answers
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
