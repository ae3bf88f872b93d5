import { teamProcessModel } from '../../../shared/sync/process-doc';
import type { ProcessDoc } from '../../../shared/sync/team-docs';
import type { EmbudoDb } from '../db';
import { SETTINGS_KEY } from '../settings/settings-read';
import { loadSettings } from '../settings/settings-repository';

/**
 * The team's process, pulled: it becomes this browser's settings, except the
 * interface language, which stays each rep's own. Runs inside the replicator's
 * transaction (meta in scope). A process this version cannot read is left alone.
 * Only settings change: leads and their stage events keep their stage ids, so a
 * renamed stage or a new threshold changes names and figures, never history.
 */
export async function applyProcess(db: EmbudoDb, doc: ProcessDoc): Promise<void> {
  const current = await loadSettings(db);
  const team = teamProcessModel(doc, current.language);
  if (team.ok) await db.meta.put({ key: SETTINGS_KEY, value: team.settings });
}
