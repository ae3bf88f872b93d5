import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../shared/model/backup';
import { applyBackup, type ImportOptions, type ImportPlan } from './backup-import';
import { type BackupCheck, checkBackupText, MAX_BACKUP_BYTES } from './backup-validate';
import type { EmbudoDb } from './db';
import { loadSettings } from './settings-repository';

export { applyBackup, type ImportOptions, type ImportPlan, planBackupImport } from './backup-import';
export { type BackupCheck, checkBackupText, MAX_BACKUP_BYTES } from './backup-validate';

/**
 * Everything the rep has, read in one transaction so the file is a consistent
 * snapshot even while a capture is being saved. Records were validated when
 * written; checking 600,000 of them again here would blow the 3 s budget.
 */
export async function exportBackup(
  db: EmbudoDb,
  opts: { now?: number; owner?: string } = {},
): Promise<Backup> {
  return db.transaction('r', db.leads, db.stageEvents, db.reviews, db.meta, async () => {
    const [leads, stageEvents, reviews, settings] = await Promise.all([
      db.leads.toArray(),
      db.stageEvents.toArray(),
      db.reviews.toArray(),
      loadSettings(db),
    ]);
    const owner = opts.owner?.trim().slice(0, 100);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(opts.now ?? Date.now()).toISOString(),
      ...(owner ? { owner } : {}),
      leads,
      stageEvents,
      reviews,
      settings,
    };
  });
}

const CHUNK = 5000;

/**
 * The backup as JSON, in pieces for a Blob: never one string of a hundred
 * megabytes. The small fields come first so the file says what it is at the top.
 */
export function backupJsonParts(backup: Backup): string[] {
  const { leads, stageEvents, reviews, ...head } = backup;
  const parts = [JSON.stringify(head).slice(0, -1)];
  const list = (name: string, items: readonly unknown[]) => {
    parts.push(`,${JSON.stringify(name)}:[`);
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = JSON.stringify(items.slice(i, i + CHUNK));
      parts.push((i ? ',' : '') + chunk.slice(1, -1));
    }
    parts.push(']');
  };
  list('leads', leads);
  list('stageEvents', stageEvents);
  list('reviews', reviews);
  parts.push('}');
  return parts;
}

/** `embudo-backup-2026-11-02.json`: dated so successive backups do not overwrite each other. */
export function backupFileName(now = Date.now()): string {
  return `embudo-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

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
