import { signal } from '@preact/signals';
import type { Settings } from '../../../shared/model/settings';
import type { SyncErrorKind } from '../../../shared/sync/sync-error';
import { PROCESS_DOC_ID } from '../../../shared/sync/team-docs';
import { getDb } from '../../data/db';
import { loadSettings } from '../../data/settings/settings-repository';
import { readSyncConfig, type SyncConfig } from '../../data/sync/sync-config';
import { countWaiting, readSyncState, type SyncState } from '../../data/sync/sync-state';
import { readTeamProcess, saveTeamProcess, type TeamProcessInfo } from '../../data/sync/team-process';
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
  /** The team's process as pulled (or saved here by a lead). */
  process?: TeamProcessInfo;
}

export const team = signal<TeamView | null>(null);

export async function loadTeam(): Promise<void> {
  const db = getDb();
  const [config, state, waiting, process] = await Promise.all([
    readSyncConfig(db),
    readSyncState(db),
    countWaiting(db),
    readTeamProcess(db),
  ]);
  team.value = { config, state, waiting, process };
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

/**
 * A lead's "Save for the team": the settings here and the team's process,
 * sent at once. When the server refuses it (the role is gone), the team's
 * version is back in the settings and `refused` says so.
 */
export async function saveForTeam(input: Settings, owner: string) {
  const db = getDb();
  const res = await saveTeamProcess(db, input, owner, Date.now());
  if (!res.ok) return res;
  const answer = await sendToBackground<{ state?: SyncState | null }>({ type: 'sync-now' });
  await loadTeam();
  const refused = answer?.state?.error?.ids?.includes(PROCESS_DOC_ID) === true;
  return { ok: true as const, refused, settings: refused ? await loadSettings(db) : res.settings };
}
