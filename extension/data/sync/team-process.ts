import { type Settings, SettingsSchema } from '../../../shared/model/settings';
import { processDocOf } from '../../../shared/sync/process-doc';
import { PROCESS_DOC_ID } from '../../../shared/sync/team-docs';
import type { EmbudoDb } from '../db';
import { SETTINGS_KEY } from '../settings/settings-read';
import { readSyncConfig } from './sync-config';
import { nextDirty } from './sync-marking';

/** The team's process as this browser holds it: who saved it last, when, and whether it still waits to go out. */
export interface TeamProcessInfo {
  owner: string;
  updatedAt: number;
  waiting: boolean;
}

export async function readTeamProcess(db: EmbudoDb): Promise<TeamProcessInfo | undefined> {
  const row = await db.teamDocs.get(PROCESS_DOC_ID);
  const doc = row?.doc as { updatedAt?: unknown } | undefined;
  if (!row || typeof doc?.updatedAt !== 'number') return undefined;
  return { owner: row.owner, updatedAt: doc.updatedAt, waiting: (row.syncDirty ?? 0) > 0 };
}

/**
 * The team's `process` document as last synced, for the playbook inside the
 * extension; none while sync is off (a rep without sync keeps their own process).
 */
export async function syncedProcessDoc(db: EmbudoDb): Promise<unknown> {
  if (!(await readSyncConfig(db))) return undefined;
  return (await db.teamDocs.get(PROCESS_DOC_ID))?.doc;
}

/**
 * "Save for the team": the lead's settings become this browser's settings and
 * the team's `process` document, marked for the next push as a child of the
 * revision this browser last saw. The server decides whether the writer may
 * (only the team's leads); a refusal puts the team's version back (push).
 */
export async function saveTeamProcess(
  db: EmbudoDb,
  input: Settings,
  owner: string,
  now: number,
): Promise<{ ok: true; settings: Settings } | { ok: false; reason: string }> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid settings' };
  const settings = parsed.data;
  await db.transaction('rw', db.teamDocs, db.meta, async () => {
    const before = await db.teamDocs.get(PROCESS_DOC_ID);
    await db.teamDocs.put({
      id: PROCESS_DOC_ID,
      type: 'process',
      owner,
      doc: processDocOf(settings, owner, now),
      ...(before?.rev ? { rev: before.rev } : {}),
      ...(before?.losers?.length ? { losers: before.losers } : {}),
      syncDirty: nextDirty(before?.syncDirty, now),
    });
    await db.meta.put({ key: SETTINGS_KEY, value: settings });
  });
  return { ok: true, settings };
}
