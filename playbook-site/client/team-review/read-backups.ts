import type { ClampedTimes } from '../../../shared/backup/future-times';
import { type BackupRefusal, MAX_BACKUP_BYTES, readBackupBytes } from '../../../shared/backup/read-backup';
import type { TeamMember } from '../../../shared/metrics/team';

export interface LoadedFile extends TeamMember {
  fileName: string;
  /** Times later than the file itself, set back by the reader: the page says so. */
  clamped: ClampedTimes;
}

export type FileProblem =
  | { fileName: string; kind: 'refused'; refusal: BackupRefusal }
  | { fileName: string; kind: 'unreadable' };

type FileOutcome = { ok: true; file: LoadedFile } | { ok: false; problem: FileProblem };

/** A file's bytes → a team member, or why it was refused (the shared backup reader decides). */
export function backupFromBytes(fileName: string, bytes: Uint8Array, now: number): FileOutcome {
  const read = readBackupBytes(bytes, { now });
  if (!read.ok) return { ok: false, problem: { fileName, kind: 'refused', refusal: read } };
  const owner = read.backup.owner?.trim() || fileName.replace(/\.json$/i, '');
  return { ok: true, file: { fileName, owner, backup: read.backup, clamped: read.clamped } };
}

const tooLarge = (fileName: string, size: number): FileOutcome => ({
  ok: false,
  problem: {
    fileName,
    kind: 'refused',
    refusal: { ok: false, issue: 'too-large', detail: String(size), problems: [], total: 0 },
  },
});

/** Each file on its own: one bad file never stops the others. */
export async function readBackupFiles(files: readonly File[], now = Date.now()): Promise<FileOutcome[]> {
  return Promise.all(
    files.map(async (f): Promise<FileOutcome> => {
      // Refused by its size before a byte is read, like the extension's import.
      if (f.size > MAX_BACKUP_BYTES) return tooLarge(f.name, f.size);
      try {
        return backupFromBytes(f.name, new Uint8Array(await f.arrayBuffer()), now);
      } catch {
        return { ok: false, problem: { fileName: f.name, kind: 'unreadable' } };
      }
    }),
  );
}
