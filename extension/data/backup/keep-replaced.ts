import type { FieldChange, Lead } from '../../../shared/model/lead';

/** Bookkeeping fields: their old values say nothing the rep would want back. */
const NOT_KEPT = new Set(['id', 'changes', 'createdAt', 'updatedAt', 'stageChangedAt', 'provenance']);
const MAX_CHANGES = 500;
const MAX_PREVIOUS = 10_000;

const changeKey = (c: FieldChange) => `${c.field}|${c.at}|${c.by}|${c.previous}`;

/**
 * The file's version of a lead, about to replace this browser's copy, with
 * what it replaces kept in `changes` — as a capture or a CSV import keeps the
 * values it overwrites. Both copies' earlier changes are kept too (each once),
 * oldest first, and `updatedAt` never goes back. Pure.
 */
export function keepReplaced(existing: Lead, incoming: Lead, at: number): Lead {
  const replaced: FieldChange[] = [];
  const fields = new Set([...Object.keys(existing), ...Object.keys(incoming)]);
  for (const field of fields) {
    if (NOT_KEPT.has(field)) continue;
    const before = existing[field as keyof Lead];
    if (before === undefined || before === '' || before === incoming[field as keyof Lead]) continue;
    const previous = String(before).slice(0, MAX_PREVIOUS);
    replaced.push({ field, previous, at, by: 'backup-import' });
  }
  const seen = new Set<string>();
  const history = [...(existing.changes ?? []), ...(incoming.changes ?? [])]
    .filter((c) => !seen.has(changeKey(c)) && Boolean(seen.add(changeKey(c))))
    .sort((a, b) => a.at - b.at);
  const changes = [...history, ...replaced].slice(-MAX_CHANGES);
  const updatedAt = Math.max(incoming.updatedAt, existing.updatedAt);
  return { ...incoming, updatedAt, ...(changes.length ? { changes } : {}) };
}
