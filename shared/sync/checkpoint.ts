import type { Checkpoint } from './local-store';
import type { SyncSession } from './sync-session';

const HISTORY = 20;
/** The pull checkpoint's key for one browser (here and as `_local/<key>` on the server). */
export const checkpointKey = (replicaId: string) => `embudo-${replicaId}`;
const key = (s: SyncSession) => checkpointKey(s.replicaId);

/**
 * Where to start pulling. Both copies of the checkpoint (here and in the
 * server's `_local/embudo-<replica>`) keep a short history; the pull starts at
 * the newest point both recorded, or from the beginning when they share none
 * (a new database, a restored server, a cleared browser). Starting early only
 * costs time: applying a change twice changes nothing.
 */
export async function loadCheckpoint(s: SyncSession): Promise<Checkpoint & { remoteRev?: string }> {
  const [mine, remote] = await Promise.all([s.store.getCheckpoint(key(s)), s.client.getLocal(key(s))]);
  const theirs = new Set(
    ((remote?.history as Checkpoint['history'] | undefined) ?? []).map((h) => `${h.sessionId} ${h.since}`),
  );
  const common = (mine?.history ?? []).find((h) => theirs.has(`${h.sessionId} ${h.since}`));
  return {
    sessionId: crypto.randomUUID(),
    since: common?.since ?? 0,
    history: mine?.history ?? [],
    remoteRev: typeof remote?._rev === 'string' ? remote._rev : undefined,
  };
}

/** Records `since`: here first, then on the server (a crash between the two only means re-reading a batch). */
export async function saveCheckpoint(
  s: SyncSession,
  cp: Checkpoint & { remoteRev?: string },
  since: string | number,
): Promise<void> {
  cp.since = since;
  cp.history = [
    { sessionId: cp.sessionId, since },
    ...cp.history.filter((h) => h.sessionId !== cp.sessionId),
  ].slice(0, HISTORY);
  const saved: Checkpoint = { sessionId: cp.sessionId, since, history: cp.history };
  await s.store.setCheckpoint(key(s), saved);
  const put = await s.client.putLocal(key(s), { ...saved, ...(cp.remoteRev ? { _rev: cp.remoteRev } : {}) });
  cp.remoteRev = typeof put.rev === 'string' ? put.rev : cp.remoteRev;
}
