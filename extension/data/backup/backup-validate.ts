import { canonicalLinkedinUrl } from '../../../shared/capture/normalize';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema } from '../../../shared/model/backup';
import type { Lead } from '../../../shared/model/lead';
import { MAX_PROBLEMS, type Problem, problem, problemsFromZod } from '../data-problems';

/**
 * Larger than any real pipeline (100,000 leads with their history is about
 * 150 MB) and below what a browser can hold as one string.
 */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

/** Why a whole file was refused before looking at its records. */
export type BackupFileIssue = 'too-large' | 'empty' | 'not-json' | 'not-backup' | 'newer-version' | 'invalid';

export type BackupCheck =
  | { ok: true; backup: Backup }
  | { ok: false; issue: BackupFileIssue; detail?: string; problems: Problem[]; total: number };

const refuse = (issue: BackupFileIssue, detail?: string): BackupCheck => ({
  ok: false,
  issue,
  detail,
  problems: [],
  total: 0,
});

/**
 * Reads a backup file's text and checks all of it before anything is written:
 * JSON syntax, format and version, every field (zod), then what zod cannot see
 * (duplicate ids and dedupe keys, stage events of leads missing from the file).
 */
export function checkBackupText(text: string): BackupCheck {
  if (text.length > MAX_BACKUP_BYTES) return refuse('too-large', String(text.length));
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return refuse('not-json', err instanceof Error ? err.message : String(err));
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) return refuse('not-backup');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    return refuse('newer-version', String(head.version));
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issue: 'invalid', ...problemsFromZod(parsed.error) };
  const backup = { ...parsed.data, leads: parsed.data.leads.map(normalizeKeys) };
  const problems = crossCheck(backup);
  if (problems.length) {
    return { ok: false, issue: 'invalid', problems: problems.slice(0, MAX_PROBLEMS), total: problems.length };
  }
  return { ok: true, backup };
}

/** The dedupe keys in the form the unique indexes hold (see lead-repository's saveCandidate). */
export function normalizeKeys(lead: Lead): Lead {
  const linkedinUrl = lead.linkedinUrl && (canonicalLinkedinUrl(lead.linkedinUrl) ?? lead.linkedinUrl);
  const email = lead.email?.toLowerCase();
  if (linkedinUrl === lead.linkedinUrl && email === lead.email) return lead;
  return { ...lead, linkedinUrl, email };
}

function crossCheck(backup: Backup): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = (list: readonly (string | number | undefined)[], what: string, field: string) => {
    const seen = new Map<string | number, number>();
    list.forEach((value, i) => {
      if (value === undefined) return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, i);
      else {
        const other = `${what}[${first}]`;
        problems.push(problem(`${what}[${i}].${field}`, 'duplicate', `same as ${other}`, [other]));
      }
    });
  };
  firstSeen(
    backup.leads.map((l) => l.id),
    'leads',
    'id',
  );
  firstSeen(
    backup.leads.map((l) => l.linkedinUrl),
    'leads',
    'linkedinUrl',
  );
  firstSeen(
    backup.leads.map((l) => l.email),
    'leads',
    'email',
  );
  firstSeen(
    backup.stageEvents.map((e) => e.id),
    'stageEvents',
    'id',
  );
  firstSeen(
    backup.reviews.map((r) => r.id),
    'reviews',
    'id',
  );
  const ids = new Set(backup.leads.map((l) => l.id));
  backup.stageEvents.forEach((e, i) => {
    if (!ids.has(e.leadId))
      problems.push(problem(`stageEvents[${i}].leadId`, 'unknown-lead', 'no lead with this id in the file'));
  });
  return problems;
}
