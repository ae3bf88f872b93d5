import { canonicalLinkedinUrl } from '../capture/normalize';
import { type Problem, problem } from '../files/file-problems';
import type { Backup } from '../model/backup';
import type { Lead } from '../model/lead';

/** The dedupe keys in the form the extension's unique indexes hold (see lead-repository's saveCandidate). */
export function normalizeKeys(lead: Lead): Lead {
  const linkedinUrl = lead.linkedinUrl && (canonicalLinkedinUrl(lead.linkedinUrl) ?? lead.linkedinUrl);
  const email = lead.email?.toLowerCase();
  if (linkedinUrl === lead.linkedinUrl && email === lead.email) return lead;
  return { ...lead, linkedinUrl, email };
}

/**
 * What the schema cannot see: the same lead twice (by id, LinkedIn URL or
 * email — a file with repeated leads would count them twice in every figure),
 * repeated event and review ids, and stage events of leads missing from the file.
 */
export function crossCheck(backup: Backup): Problem[] {
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
  const { leads, stageEvents, reviews } = backup;
  firstSeen(
    leads.map((l) => l.id),
    'leads',
    'id',
  );
  firstSeen(
    leads.map((l) => l.linkedinUrl),
    'leads',
    'linkedinUrl',
  );
  firstSeen(
    leads.map((l) => l.email),
    'leads',
    'email',
  );
  firstSeen(
    stageEvents.map((e) => e.id),
    'stageEvents',
    'id',
  );
  firstSeen(
    reviews.map((r) => r.id),
    'reviews',
    'id',
  );
  const ids = new Set(leads.map((l) => l.id));
  stageEvents.forEach((e, i) => {
    if (!ids.has(e.leadId))
      problems.push(problem(`stageEvents[${i}].leadId`, 'unknown-lead', 'no lead with this id in the file'));
  });
  // Problems in file order, so the first one listed is the first one to fix.
  return problems.sort((a, b) => pathOrder(a.path) - pathOrder(b.path));
}

/** `leads[12].email` → a number that sorts leads before events and by index. */
function pathOrder(path: string): number {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  const section = ['leads', 'stageEvents', 'reviews'].indexOf(m?.[1] ?? '');
  return section * 1e9 + Number(m?.[2] ?? 0);
}
