import type { CouchClient, UserCtx } from './couch-client';
import type { LocalStore } from './local-store';
import { PROCESS_DOC_ID, type TeamDoc } from './team-docs';

/** What one sync run works with. */
export interface SyncSession {
  client: CouchClient;
  store: LocalStore;
  user: UserCtx & { name: string };
  /** The team's lead role (`<database>:lead`): who may write the process. */
  leadRole: string;
  /** Stable id of this browser's copy: names its checkpoint. */
  replicaId: string;
  batchSize: number;
  now: () => number;
  onProgress?: (p: SyncProgress) => void;
}

export interface SyncProgress {
  phase: 'pull' | 'push';
  /** Documents handled so far in this phase. */
  done: number;
  /** Documents the server says are still to come (pull only, when it says). */
  pending?: number;
}

/** The documents this user may write: their own, and the process when they are a lead. */
export function canWrite(
  s: Pick<SyncSession, 'user' | 'leadRole'>,
  doc: Pick<TeamDoc, '_id' | 'owner'>,
): boolean {
  if (doc._id === PROCESS_DOC_ID) return s.user.roles.includes(s.leadRole);
  return doc.owner === s.user.name;
}
