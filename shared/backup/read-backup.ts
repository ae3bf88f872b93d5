import { byteOrderMark, decodeUtf8Strict, utf16ByNulPattern } from '../files/decode-bytes';
import { MAX_PROBLEMS, type Problem, problem, problemsFromZod } from '../files/file-problems';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema } from '../model/backup';
import { crossCheck, normalizeKeys } from './cross-check';
import { type ClampedTimes, clampFutureTimes } from './future-times';

/**
 * The one size limit for a backup file, wherever it is read (the extension's
 * import, the playbook's team review, `npm run report`). Larger than any real
 * pipeline (100,000 leads with their history is about 150 MB) and below what a
 * browser can hold as one string.
 */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

/** Why a whole file was refused before, or instead of, looking at its records. */
export type BackupFileIssue =
  | 'too-large'
  | 'empty'
  | 'encoding'
  | 'not-json'
  | 'not-backup'
  | 'newer-version'
  | 'invalid';

export type BackupRead =
  | { ok: true; backup: Backup; clamped: ClampedTimes }
  | { ok: false; issue: BackupFileIssue; detail?: string; problems: Problem[]; total: number };

export type BackupRefusal = Extract<BackupRead, { ok: false }>;

const refuse = (issue: BackupFileIssue, detail?: string, problems: Problem[] = []): BackupRefusal => ({
  ok: false,
  issue,
  detail,
  problems,
  total: problems.length,
});

/** The reader's idea of "now": times later than this (or than the export) are clamped. */
interface ReadOptions {
  now: number;
}

/**
 * THE backup reader: a file's bytes → a checked backup, or why it was refused.
 * In order: size, encoding (a UTF-8 BOM is skipped; UTF-16 and bytes that are
 * not UTF-8 are refused, never read as U+FFFD), JSON syntax, format and
 * version, every field (zod, with every time bounded to 1970–2099), then what
 * zod cannot see (see `crossCheck`), and last, times later than the file
 * itself are clamped (see `clampFutureTimes`). Pure; the three surfaces only
 * fetch the bytes and word the outcome.
 */
export function readBackupBytes(bytes: Uint8Array, options: ReadOptions): BackupRead {
  if (bytes.length > MAX_BACKUP_BYTES) return refuse('too-large', String(bytes.length));
  const bom = byteOrderMark(bytes);
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : utf16ByNulPattern(bytes);
  if (utf16) {
    const p = problem('(file)', 'encoding', `stored as ${utf16.toUpperCase()}; a backup is UTF-8`, [utf16]);
    return refuse('encoding', utf16, [p]);
  }
  const decoded = decodeUtf8Strict(bom ? bytes.subarray(bom.length) : bytes);
  if (!decoded.ok) {
    const at = String(decoded.at + (bom?.length ?? 0));
    return refuse('encoding', 'utf-8', [problem('(file)', 'encoding', `byte ${at} is not UTF-8`, [at])]);
  }
  return readBackupText(decoded.text, options);
}

/** The checks after decoding. */
function readBackupText(text: string, options: ReadOptions): BackupRead {
  if (!text.trim()) return refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return refuse('not-json', err instanceof Error ? err.message : String(err));
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== BACKUP_FORMAT)
    return refuse('not-backup');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    return refuse('newer-version', String(head.version));
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issue: 'invalid', ...problemsFromZod(parsed.error) };
  const checked = { ...parsed.data, leads: parsed.data.leads.map(normalizeKeys) };
  const problems = crossCheck(checked);
  if (problems.length) {
    return { ok: false, issue: 'invalid', problems: problems.slice(0, MAX_PROBLEMS), total: problems.length };
  }
  const { backup, clamped } = clampFutureTimes(checked, options.now);
  return { ok: true, backup, clamped };
}
