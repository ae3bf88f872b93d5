import type { TeamMember } from '../../../shared/metrics/team';
import { parseBackup } from '../../../shared/metrics/team';

/** Larger than any real export (100,000 leads is about 60 MB); a bigger file is a mistake. */
export const MAX_FILE_MB = 200;

export interface LoadedFile extends TeamMember {
  fileName: string;
}

export type FileProblem =
  | { fileName: string; kind: 'invalid'; errors: string[] }
  | { fileName: string; kind: 'too-large' }
  | { fileName: string; kind: 'unreadable' };

export type FileOutcome = { ok: true; file: LoadedFile } | { ok: false; problem: FileProblem };

/** A file's text → a team member, or the reason it was refused (path-level zod issues). */
export function backupFromText(fileName: string, text: string): FileOutcome {
  const parsed = parseBackup(text, 5);
  if (!parsed.ok) return { ok: false, problem: { fileName, kind: 'invalid', errors: parsed.errors } };
  const owner = parsed.backup.owner?.trim() || fileName.replace(/\.json$/i, '');
  return { ok: true, file: { fileName, owner, backup: parsed.backup } };
}

/** Each file on its own: one bad file never stops the others. */
export async function readBackupFiles(files: readonly File[]): Promise<FileOutcome[]> {
  return Promise.all(
    files.map(async (f): Promise<FileOutcome> => {
      if (f.size > MAX_FILE_MB * 1024 * 1024)
        return { ok: false, problem: { fileName: f.name, kind: 'too-large' } };
      try {
        return backupFromText(f.name, await f.text());
      } catch {
        return { ok: false, problem: { fileName: f.name, kind: 'unreadable' } };
      }
    }),
  );
}
