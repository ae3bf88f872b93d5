import { type CouchClient, couchClient, type UserCtx } from './couch-client';
import type { LocalStore } from './local-store';
import { pull } from './pull';
import { push, type Refused } from './push';
import { SyncError } from './sync-error';
import type { SyncProgress, SyncSession } from './sync-session';
import { teamRole } from './team-config';

export interface SyncOptions {
  client: CouchClient;
  store: LocalStore;
  replicaId: string;
  batchSize?: number;
  now?: () => number;
  onProgress?: (p: SyncProgress) => void;
}

export interface SyncReport {
  /** Documents changed here by the pull. */
  pulled: number;
  /** Documents written to the server. */
  pushed: number;
  /** Server documents this version could not read (left alone). */
  skipped: number;
  /** Whether the signed-in user has the team's lead role (may save the team's process). */
  lead: boolean;
}

/**
 * Opting in: checks the address is CouchDB, signs in (the browser keeps the
 * session cookie; the password goes no further) and checks the team database
 * is there and readable. Each failure is a SyncError the Settings screen shows.
 */
export async function connect(opts: {
  server: string;
  database: string;
  fetch: typeof fetch;
  name: string;
  password: string;
  timeoutMs?: number;
}): Promise<{ client: CouchClient; user: UserCtx; lead: boolean }> {
  const client = couchClient(opts);
  await client.checkServer();
  const user = await client.signIn(opts.name, opts.password);
  await client.databaseInfo();
  return { client, user, lead: user.roles.includes(teamRole(opts.database, 'lead')) };
}

/**
 * One sync run: pull, then push (so conflicts found by the pull are resolved
 * by the same run's push). Safe to stop anywhere (a closed popup, a stopped
 * service worker, a dead server): the next run finishes the work.
 * Throws SyncError; documents the server refused make a `forbidden` error with
 * their ids, after everything else has been synced.
 */
export async function syncOnce(opts: SyncOptions): Promise<SyncReport> {
  const session = await startSession(opts);
  const { pulled, skipped } = await pull(session);
  const { pushed, refused } = await push(session);
  if (refused.length) throw refusal(refused);
  return { pulled, pushed, skipped, lead: session.user.roles.includes(session.leadRole) };
}

/** Who is signed in, and that the team database is there: what every run checks first. */
export async function startSession(opts: SyncOptions): Promise<SyncSession> {
  const user = await opts.client.session();
  await opts.client.databaseInfo();
  return {
    client: opts.client,
    store: opts.store,
    user,
    leadRole: teamRole(opts.client.database, 'lead'),
    replicaId: opts.replicaId,
    batchSize: opts.batchSize ?? 200,
    now: opts.now ?? Date.now,
    onProgress: opts.onProgress,
  };
}

function refusal(refused: Refused[]): SyncError {
  const first = refused[0] as Refused;
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
  return new SyncError(
    'forbidden',
    `the server refused ${first.id}: ${first.reason}${more}`,
    403,
    refused.map((r) => r.id),
  );
}
