import {
  type BackupRead,
  type BackupRefusal,
  MAX_BACKUP_BYTES,
  readBackupBytes,
} from '../../../shared/backup/read-backup';
import type { EmbudoDb } from '../db';
import { applyBackup, type ImportOptions, type ImportPlan } from './backup-import';

/**
 * Reads a chosen file with the shared backup reader (the same one the playbook
 * and `npm run report` use), refusing an oversized file before loading it.
 */
export async function checkBackupFile(file: Blob, now = Date.now()): Promise<BackupRead> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, issue: 'too-large', detail: String(file.size), problems: [], total: 0 };
  }
  return readBackupBytes(new Uint8Array(await file.arrayBuffer()), { now });
}

/**
 * Check and import in one call, for scripts and tests: an invalid file comes
 * back with its problems and writes nothing. (The data screen checks first,
 * shows the preview, then calls `applyBackup` with the checked backup.)
 */
export async function importBackupText(
  db: EmbudoDb,
  file: string | Uint8Array,
  options: ImportOptions = {},
  now = Date.now(),
): Promise<{ ok: true; plan: ImportPlan } | BackupRefusal> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const check = readBackupBytes(bytes, { now });
  if (!check.ok) return check;
  return { ok: true, plan: await applyBackup(db, check.backup, options) };
}
