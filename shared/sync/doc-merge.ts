import { canonicalJson, compareText } from './canonical-json';
import { mergeLeads } from './lead-merge';
import type { TeamDoc } from './team-docs';

/**
 * One document from two versions of it. Leads follow the merge rules
 * (lead-merge.ts); reviews, the process and rep status are replaced whole by
 * the later version, equal times deciding by content, so every copy picks the same.
 */
export function mergeDocs(a: TeamDoc, b: TeamDoc): TeamDoc {
  if (a._id !== b._id) throw new Error(`cannot merge ${a._id} with ${b._id}`);
  if (a.type === 'lead' && b.type === 'lead') return { ...a, ...mergeLeads(a, b) };
  const t = (d: TeamDoc) =>
    d.type === 'review'
      ? d.review.at
      : d.type === 'process'
        ? d.updatedAt
        : d.type === 'rep'
          ? d.syncedAt
          : 0;
  const diff = t(a) - t(b);
  if (diff !== 0) return diff > 0 ? a : b;
  return compareText(canonicalJson(a), canonicalJson(b)) >= 0 ? a : b;
}

export function sameContent(a: TeamDoc, b: TeamDoc): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
