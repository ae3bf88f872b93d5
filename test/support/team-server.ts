import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { devNull } from 'node:os';

/**
 * A CouchDB-speaking server for tests: express-pouchdb over in-memory PouchDB,
 * in this process, on a free loopback port. It is what `pouchdb-server
 * --in-memory` runs, without that package's LevelDB and SQLite back ends (native
 * builds the tests never use). It implements `_users`, `_session`, `_security`
 * and `validate_doc_update` like CouchDB; known differences: 401 where CouchDB
 * answers 403 for a signed-in non-member, and its root answer names
 * `express-pouchdb` instead of `couchdb`.
 *
 * `stop()` closes the port and every open connection but keeps the data, so
 * `restart()` brings the same server back (what "the server went down" looks
 * like to a client).
 */
export interface TeamServer {
  /** `http://127.0.0.1:PORT` without credentials. */
  url: string;
  admin: { name: string; password: string };
  /** `url` with the admin's credentials, the form `COUCHDB_URL` takes. */
  adminUrl: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type ExpressApp = Handler & { setPouchDB(pouch: unknown): Promise<void> };
type PouchStatic = { plugin(p: unknown): PouchStatic; defaults(o: object): PouchStatic };

const require = createRequire(import.meta.url);
const ADMIN = { name: 'admin', password: 'admin-secret' };

/**
 * pouchdb-validation (inside express-pouchdb 4.2) overwrites each document's
 * `_revisions` with the stored document's before validating, so a replicated
 * write (`new_edits: false`) loses its revision history and is silently
 * dropped. CouchDB has no such bug. This parses `_bulk_docs` bodies first and
 * makes `_revisions` ignore that assignment; body-parser skips a parsed body.
 */
function keepRevisionHistory(app: ExpressApp): Handler {
  return (req, res) => {
    if (req.method !== 'POST' || !/\/_bulk_docs(\?|$)/.test(req.url ?? '')) return app(req, res);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        for (const doc of body?.new_edits === false && Array.isArray(body.docs) ? body.docs : []) {
          const kept = doc._revisions;
          if (kept) Object.defineProperty(doc, '_revisions', { enumerable: true, get: () => kept, set() {} });
        }
        Object.assign(req, { body, _body: true });
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":"bad_request","reason":"invalid_json"}');
        return;
      }
      app(req, res);
    });
  };
}

/**
 * pouchdb-core with the memory adapter and replication, plugged in once per
 * process: `plugin` changes the one shared class, and plugging replication in
 * twice throws ("Cannot redefine property: replicate"), which a second server
 * in the same test worker (Playwright runs several spec files per worker) hit.
 */
function pluggedPouch(): PouchStatic {
  const core = require('pouchdb-core') as PouchStatic & { embudoPlugged?: boolean };
  if (!core.embudoPlugged) {
    core
      .plugin(require('pouchdb-adapter-memory'))
      // pouchdb-security wraps `db.replicate`, so the replication plugin must be there.
      .plugin(require('pouchdb-replication'));
    core.embudoPlugged = true;
  }
  return core;
}

function listen(handler: Handler, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startTeamServer(): Promise<TeamServer> {
  // Each server gets its own PouchDB class and name prefix: two servers in one process share nothing.
  const prefix = `team-server-${process.pid}-${Math.random().toString(36).slice(2)}-`;
  const PouchDB = pluggedPouch().defaults({ prefix });
  const expressPouchDB = require('express-pouchdb') as (opts: object) => ExpressApp;
  const app = expressPouchDB({
    inMemoryConfig: true,
    logPath: devNull,
    overrideMode: { exclude: ['routes/fauxton', 'replicator', 'routes/replicate'] },
  });
  await app.setPouchDB(PouchDB);
  const handler = keepRevisionHistory(app);
  let server = await listen(handler, 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  // Leaves "admin party": from here on only the admin may create databases and users.
  const made = await fetch(`${url}/_config/admins/${ADMIN.name}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  if (!made.ok) throw new Error(`test server: could not create the admin (${made.status})`);
  let running = true;
  return {
    url,
    admin: ADMIN,
    adminUrl: `http://${ADMIN.name}:${ADMIN.password}@127.0.0.1:${port}`,
    async stop() {
      if (running) await close(server);
      running = false;
    },
    async restart() {
      if (!running) server = await listen(handler, port);
      running = true;
    },
  };
}
