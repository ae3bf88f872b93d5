/**
 * Every way a sync can fail, as the interface tells them apart (docs/team-sync.md
 * lists the message for each):
 * - `signed-out`: 401, wrong name or password, or the session expired;
 * - `forbidden`: 403, or documents the server's rules refused (`ids`);
 * - `not-found`: 404, the team database does not exist;
 * - `server`: a 5xx answer or a write the server could not store;
 * - `timeout`: no answer in time;
 * - `offline`: no connection at all (network down, server stopped, bad host);
 * - `not-couchdb`: the address answers but not as CouchDB;
 * - `bad-response`: CouchDB answered something this version does not understand.
 */
export type SyncErrorKind =
  | 'signed-out'
  | 'forbidden'
  | 'not-found'
  | 'server'
  | 'timeout'
  | 'offline'
  | 'not-couchdb'
  | 'bad-response';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    /** Documents concerned (the ones the server refused). */
    readonly ids: readonly string[] = [],
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export function errorForStatus(status: number, what: string, reason = ''): SyncError {
  const why = reason ? `: ${reason}` : '';
  if (status === 401) return new SyncError('signed-out', `${what}: not signed in${why}`, status);
  if (status === 403) return new SyncError('forbidden', `${what}: not allowed${why}`, status);
  if (status === 404) return new SyncError('not-found', `${what}: not found${why}`, status);
  if (status >= 500) return new SyncError('server', `${what}: server error ${status}${why}`, status);
  return new SyncError('bad-response', `${what}: unexpected answer ${status}${why}`, status);
}
