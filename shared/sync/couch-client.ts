import { z } from '../zod';
import { errorForStatus, SyncError } from './sync-error';

/**
 * The CouchDB endpoints sync uses, over an injected `fetch` (the extension's,
 * or a Node one in tests). Requests carry the browser's session cookie
 * (`credentials: "include"`): the password is sent once, to `_session`, and
 * never kept. Every answer is checked with zod; every failure is a SyncError.
 */
export interface CouchClientOptions {
  /** Server address, e.g. `https://couch.example.com` (no credentials). */
  server: string;
  database: string;
  fetch: typeof fetch;
  /** Per request; a stalled server must not hold the sync forever. */
  timeoutMs?: number;
}

export const UserCtxSchema = z.object({ name: z.string().nullable(), roles: z.array(z.string()) });
export type UserCtx = z.infer<typeof UserCtxSchema>;

export type CouchClient = ReturnType<typeof couchClient>;

export function couchClient(opts: CouchClientOptions) {
  const base = opts.server.replace(/\/+$/, '');
  const db = `${base}/${encodeURIComponent(opts.database)}`;
  const timeoutMs = opts.timeoutMs ?? 30_000;

  async function send(
    method: string,
    url: string,
    what: string,
    body?: unknown,
    outer?: AbortSignal,
  ): Promise<Response> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    // The caller's own abort (the changes feed re-opening or stopping) ends the request too.
    if (outer?.aborted) abort.abort();
    outer?.addEventListener('abort', () => abort.abort(), { once: true });
    try {
      return await opts.fetch(url, {
        method,
        credentials: 'include',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: abort.signal,
      });
    } catch (err) {
      if (abort.signal.aborted) throw new SyncError('timeout', `${what}: no answer in ${timeoutMs / 1000} s`);
      throw new SyncError('offline', `${what}: cannot reach ${base} (${(err as Error).message})`);
    } finally {
      clearTimeout(timer);
    }
  }

  async function json<T>(
    method: string,
    url: string,
    what: string,
    schema: z.ZodType<T>,
    body?: unknown,
    also = 0,
    signal?: AbortSignal,
  ) {
    const res = await send(method, url, what, body, signal);
    const ok = res.ok || res.status === also;
    let data: unknown;
    try {
      data = await res.json();
    } catch {
      if (!ok) throw errorForStatus(res.status, what);
      throw new SyncError('bad-response', `${what}: the answer is not JSON`, res.status);
    }
    if (!ok) throw errorForStatus(res.status, what, (data as { reason?: string })?.reason);
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      throw new SyncError('bad-response', `${what}: unexpected answer (${parsed.error.issues[0]?.message})`);
    return parsed.data;
  }

  const SessionSchema = z.object({ userCtx: UserCtxSchema });
  const local = (id: string) => `${db}/_local/${encodeURIComponent(id)}`;

  return {
    database: opts.database,
    /** The root answer names the server: CouchDB says `couchdb`, PouchDB Server `express-pouchdb`. */
    async checkServer(): Promise<void> {
      const res = await send('GET', `${base}/`, 'server');
      const data = (await res.json().catch(() => null)) as Record<string, unknown> | null;
      if (
        !res.ok ||
        !data ||
        (typeof data.couchdb !== 'string' && typeof data['express-pouchdb'] !== 'string')
      )
        throw new SyncError('not-couchdb', `${base} does not answer as CouchDB`, res.status);
    },
    async signIn(name: string, password: string): Promise<UserCtx> {
      const res = await send('POST', `${base}/_session`, 'sign in', { name, password });
      if (res.status === 401) throw new SyncError('signed-out', 'sign in: wrong name or password', 401);
      if (!res.ok) throw errorForStatus(res.status, 'sign in');
      const data = z
        .object({ name: z.string().nullable(), roles: z.array(z.string()) })
        .safeParse(await res.json());
      if (!data.success) throw new SyncError('bad-response', 'sign in: unexpected answer');
      return data.data;
    },
    /** Who the session cookie belongs to; a signed-out session is an error. */
    async session(): Promise<UserCtx & { name: string }> {
      const { userCtx } = await json('GET', `${base}/_session`, 'session', SessionSchema);
      if (userCtx.name === null) throw new SyncError('signed-out', 'session: signed out, sign in again', 401);
      return { name: userCtx.name, roles: userCtx.roles };
    },
    async signOut(): Promise<void> {
      await send('DELETE', `${base}/_session`, 'sign out');
    },
    /** Every document of the database (the playbook's team review reads them all at once). */
    allDocs: () => json('GET', `${db}/_all_docs?include_docs=true`, 'read the team database', AllDocsSchema),
    databaseInfo: () => json('GET', db, 'team database', z.object({ db_name: z.string() }).loose()),
    changes(since: string | number, limit: number) {
      const q = new URLSearchParams({ style: 'all_docs', since: String(since), limit: String(limit) });
      return json('GET', `${db}/_changes?${q}`, 'changes', ChangesSchema);
    },
    /**
     * Waits for changes after `since` (`feed=longpoll`): answers at once when
     * there are some, else when one comes or the server's `timeout` passes
     * (PouchDB Server ignores it while nothing changes, hence `signal`).
     */
    waitForChanges(since: string | number, limit: number, timeout: number, signal: AbortSignal) {
      const q = new URLSearchParams({
        feed: 'longpoll',
        since: String(since),
        limit: String(limit),
        timeout: String(timeout),
      });
      return json('GET', `${db}/_changes?${q}`, 'changes feed', ChangesSchema, undefined, 0, signal);
    },
    bulkGet: (docs: { id: string; rev: string }[]) =>
      json('POST', `${db}/_bulk_get?revs=true&attachments=false`, 'read documents', BulkGetSchema, { docs }),
    revsDiff: (revs: Record<string, string[]>) =>
      json('POST', `${db}/_revs_diff`, 'compare revisions', RevsDiffSchema, revs),
    /** CouchDB may answer 417 when its validation refused some: the body still lists them. */
    bulkDocs: (docs: object[]) =>
      json('POST', `${db}/_bulk_docs`, 'write documents', BulkDocsSchema, { docs, new_edits: false }, 417),
    /** The winning revision of one document, or undefined when there is none. */
    async getDoc(id: string): Promise<Record<string, unknown> | undefined> {
      try {
        return await json(
          'GET',
          `${db}/${encodeURIComponent(id)}`,
          'read document',
          z.record(z.string(), z.unknown()),
        );
      } catch (err) {
        if (err instanceof SyncError && err.kind === 'not-found') return undefined;
        throw err;
      }
    },
    async getLocal(id: string): Promise<Record<string, unknown> | undefined> {
      try {
        return await json('GET', local(id), 'checkpoint', z.record(z.string(), z.unknown()));
      } catch (err) {
        if (err instanceof SyncError && err.kind === 'not-found') return undefined;
        throw err;
      }
    },
    putLocal: (id: string, doc: object) =>
      json('PUT', local(id), 'save checkpoint', z.object({ rev: z.string().optional() }).loose(), doc),
  };
}

const AllDocsSchema = z.object({
  rows: z.array(z.object({ id: z.string(), doc: z.record(z.string(), z.unknown()).optional() }).loose()),
});
const SeqSchema = z.union([z.string(), z.number()]);
const ChangesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq: SeqSchema,
      changes: z.array(z.object({ rev: z.string() })),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: SeqSchema,
  pending: z.number().optional(),
});
/** Each asked revision: `ok` with the document, or an error / `missing` (PouchDB Server's form). */
const BulkGetSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      docs: z.array(z.object({ ok: z.record(z.string(), z.unknown()).optional() }).loose()),
    }),
  ),
});
const RevsDiffSchema = z.record(z.string(), z.object({ missing: z.array(z.string()).default([]) }).loose());
/** With `new_edits: false` CouchDB lists only the documents it did not store. */
const BulkDocsSchema = z.array(
  z.object({ id: z.string(), error: z.string().optional(), reason: z.string().optional() }).loose(),
);
