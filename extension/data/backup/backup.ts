import type { EmbudoDb } from '../db';
import { applyBackup, type ImportOptions, type ImportPlan } from './backup-import';
import { type BackupCheck, checkBackupText, MAX_BACKUP_BYTES } from './backup-validate';

export { backupFile, backupFileName } from './backup-export';
export { applyBackup, type ImportOptions, type ImportPlan, planBackupImport } from './backup-import';
export { type BackupCheck, checkBackupText, MAX_BACKUP_BYTES } from './backup-validate';

/** Reads a chosen file, refusing an oversized one before loading it into memory. */
export async function checkBackupFile(file: Blob): Promise<BackupCheck> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, issue: 'too-large', detail: String(file.size), problems: [], total: 0 };
  }
  return checkBackupText(await file.text());
}

/**
 * Check and import in one call, for scripts and tests: an invalid file comes
 * back with its problems and writes nothing. (The data screen checks first,
 * shows the preview, then calls `applyBackup` with the checked backup.)
 */
export async function importBackupText(
  db: EmbudoDb,
  text: string,
  options: ImportOptions = {},
): Promise<{ ok: true; plan: ImportPlan } | Extract<BackupCheck, { ok: false }>> {
  const check = checkBackupText(text);
  if (!check.ok) return check;
  return { ok: true, plan: await applyBackup(db, check.backup, options) };
}
