import { SettingsSchema } from '../../../shared/model/settings';
import type { ProcessDoc } from '../../../shared/sync/team-docs';
import type { EmbudoDb } from '../db';
import { SETTINGS_KEY } from '../settings/settings-read';
import { loadSettings } from '../settings/settings-repository';

/**
 * The team's process, pulled: it becomes this browser's settings, except the
 * interface language, which stays each rep's own. Runs inside the replicator's
 * transaction (meta in scope). A process this version cannot read is left alone.
 */
export async function applyProcess(db: EmbudoDb, doc: ProcessDoc): Promise<void> {
  const current = await loadSettings(db);
  const parsed = SettingsSchema.safeParse({ ...doc.settings, language: current.language });
  if (parsed.success) await db.meta.put({ key: SETTINGS_KEY, value: parsed.data });
}
