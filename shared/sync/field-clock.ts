import type { Lead } from '../model/lead';
import { canonicalJson } from './canonical-json';
import { MERGED_FIELDS } from './merged-fields';
import type { FieldClock } from './team-docs';

/**
 * The clock after a local write turned `before` into `after`: every merged field
 * whose value changed gets `at`, or one more than its last time when the device
 * clock is behind (a local edit is always later than the value it replaced, so
 * it wins the next merge). What the data layer calls on every lead write while
 * sync is on; a new lead passes `before` undefined and stamps every field it has.
 */
export function stampClock(before: Lead | undefined, after: Lead, clock: FieldClock, at: number): FieldClock {
  const next: FieldClock = { ...clock };
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const f of MERGED_FIELDS) {
    if (before && canonicalJson(was[f]) === canonicalJson(now[f])) continue;
    if (!before && now[f] === undefined) continue;
    next[f] = Math.max(at, (clock[f] ?? 0) + 1);
  }
  return next;
}
