import { signal } from '@preact/signals';
import type { SyncErrorKind } from '../../../shared/sync/sync-error';
import { getDb } from '../../data/db';
import { readSyncConfig, type SyncConfig } from '../../data/sync/sync-config';
import { countWaiting, readSyncState, type SyncState } from '../../data/sync/sync-state';
import { sendToBackground } from '../ui/send';

/**
 * Settings → Team's view of sync: the connection, what the background's last
 * runs did and how many changes wait. The background writes these to the
 * database; the section re-reads them every couple of seconds while it is open.
 */
interface TeamView {
  config?: SyncConfig;
  state: SyncState;
  waiting: number;
}

export const team = signal<TeamView | null>(null);

export async function loadTeam(): Promise<void> {
  const db = getDb();
  const [config, state, waiting] = await Promise.all([
    readSyncConfig(db),
    readSyncState(db),
    countWaiting(db),
  ]);
  team.value = { config, state, waiting };
}

type ConnectAnswer = { ok: true } | { ok: false; kind: SyncErrorKind; detail: string };

export async function connectTeam(req: SyncConfig & { password: string }): Promise<ConnectAnswer> {
  const res = await sendToBackground<ConnectAnswer>({ type: 'sync-connect', ...req });
  await loadTeam();
  return res;
}

export async function turnTeamOff(): Promise<void> {
  await sendToBackground({ type: 'sync-off' });
  await loadTeam();
}

export async function syncTeamNow(): Promise<void> {
  await sendToBackground({ type: 'sync-now' });
  await loadTeam();
}
