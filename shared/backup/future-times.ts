import type { Backup } from '../model/backup';
import type { Lead } from '../model/lead';

/** Times in a file that were later than the file itself: set back to `to`, and where the first ones were. */
export interface ClampedTimes {
  count: number;
  /** When the file was written (or now, if that is earlier): no time in it can be later. */
  to: number;
  /** The first few places (`leads[3].updatedAt`), for the preview. */
  paths: string[];
}

const MAX_PATHS = 5;

/**
 * Nothing in a backup can have happened after it was written. A later time is
 * a broken clock or a crafted file, and left alone it wins every "which copy
 * is newer" comparison forever (an `updatedAt` in 2031 beats every edit made
 * until then). Such times are clamped to the export time — or to now, when
 * the export time itself is in the future — and the preview says how many.
 * Records that need no change are passed through untouched.
 */
export function clampFutureTimes(backup: Backup, now: number): { backup: Backup; clamped: ClampedTimes } {
  const to = Math.min(Date.parse(backup.exportedAt), now);
  const clamped: ClampedTimes = { count: 0, to, paths: [] };
  const fix = (at: number, path: () => string): number => {
    if (at <= to) return at;
    clamped.count++;
    if (clamped.paths.length < MAX_PATHS) clamped.paths.push(path());
    return to;
  };
  const leads = backup.leads.map((lead, i) =>
    clampLead(lead, to, (field, at) => fix(at, () => `leads[${i}].${field}`)),
  );
  const stageEvents = backup.stageEvents.map((e, i) =>
    e.at > to ? { ...e, at: fix(e.at, () => `stageEvents[${i}].at`) } : e,
  );
  const reviews = backup.reviews.map((r, i) =>
    r.at > to ? { ...r, at: fix(r.at, () => `reviews[${i}].at`) } : r,
  );
  if (!clamped.count) return { backup, clamped };
  return { backup: { ...backup, leads, stageEvents, reviews }, clamped };
}

/** The lead itself when none of its times is late (the common case: no copy), else a fixed copy. */
function clampLead(lead: Lead, to: number, fix: (field: string, at: number) => number): Lead {
  const { provenance, changes } = lead;
  const latest = Math.max(
    lead.createdAt,
    lead.updatedAt,
    lead.stageChangedAt,
    provenance?.capturedAt ?? 0,
    ...(changes ?? []).map((c) => c.at),
  );
  if (latest <= to) return lead;
  const next: Lead = {
    ...lead,
    createdAt: fix('createdAt', lead.createdAt),
    updatedAt: fix('updatedAt', lead.updatedAt),
    stageChangedAt: fix('stageChangedAt', lead.stageChangedAt),
  };
  if (provenance)
    next.provenance = { ...provenance, capturedAt: fix('provenance.capturedAt', provenance.capturedAt) };
  if (changes) next.changes = changes.map((c, k) => ({ ...c, at: fix(`changes[${k}].at`, c.at) }));
  return next;
}
