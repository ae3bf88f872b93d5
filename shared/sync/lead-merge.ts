import type { FieldChange, Lead } from '../model/lead';
import { canonicalJson, compareText } from './canonical-json';
import { type DocEvent, unionEvents } from './event-union';
import { MERGED_FIELDS } from './merged-fields';
import type { FieldClock } from './team-docs';

/** What a merge reads and returns: a lead document's content. */
export interface LeadState {
  lead: Lead;
  events: DocEvent[];
  clock: FieldClock;
}

/** Written in `changes[].by` for a value that lost to a later edit on another copy. */
export const SYNC_CHANGE_BY = 'sync';
const MAX_CHANGES = 500;

const valueKey = (v: unknown) => (v === undefined ? '' : canonicalJson(v));
/** How a replaced value is written in `changes` (the same text an edit writes). */
const shown = (v: unknown) =>
  (typeof v === 'string' ? v : v === undefined ? '' : canonicalJson(v)).slice(0, 10000);

/**
 * One lead from two copies of it, following docs/team-sync.md:
 * - stage events: the union of both histories (the same move once);
 *   stage, status and stageChangedAt follow the last event;
 * - each other field: the value with the later clock; equal clocks pick the
 *   greater value's text, so both sides agree; the other value, unless empty,
 *   is recorded in `changes` with `by: "sync"` (one record per field and value,
 *   at its latest time; a record of the value that finally stands is dropped);
 * - `changes`: the union of both lists, oldest first, the newest 500 kept.
 * Commutative, associative and idempotent (test/unit/shared/sync/lead-merge.test.ts),
 * so every copy converges whatever order syncs happen in.
 */
export function mergeLeads(a: LeadState, b: LeadState): LeadState {
  if (a.lead.id !== b.lead.id) throw new Error(`cannot merge lead ${a.lead.id} with lead ${b.lead.id}`);
  const lead: Record<string, unknown> = {
    id: a.lead.id,
    createdAt: Math.min(a.lead.createdAt, b.lead.createdAt),
    updatedAt: Math.max(a.lead.updatedAt, b.lead.updatedAt),
  };
  const clock: FieldClock = { ...a.clock };
  for (const [k, t] of Object.entries(b.clock)) clock[k] = Math.max(clock[k] ?? 0, t);
  const lost: FieldChange[] = [];
  const fields = a.lead as Record<string, unknown>;
  const others = b.lead as Record<string, unknown>;
  for (const f of MERGED_FIELDS) {
    const [va, vb, ta, tb] = [fields[f], others[f], a.clock[f] ?? 0, b.clock[f] ?? 0];
    const [ka, kb] = [valueKey(va), valueKey(vb)];
    const aWins = ta !== tb ? ta > tb : compareText(ka, kb) >= 0;
    const [win, lose, loseAt] = aWins ? [va, vb, tb] : [vb, va, ta];
    if (win !== undefined) lead[f] = win;
    if (ka !== kb && lose !== undefined && lose !== '')
      lost.push({ field: f, previous: shown(lose), at: loseAt, by: SYNC_CHANGE_BY });
  }
  const events = unionEvents(a.events, b.events);
  Object.assign(lead, currentStage(a, b, events));
  const changes = mergeChanges([...(a.lead.changes ?? []), ...(b.lead.changes ?? []), ...lost], lead);
  if (changes.length) lead.changes = changes;
  return { lead: lead as Lead, events, clock };
}

/** Stage, status and since when: the last event's; with no history, the later copy's. */
function currentStage(a: LeadState, b: LeadState, events: DocEvent[]) {
  const last = events[events.length - 1];
  if (last) return { stage: last.toStage, status: last.toStatus, stageChangedAt: last.at };
  const later = a.lead.stageChangedAt >= b.lead.stageChangedAt ? a.lead : b.lead;
  return { stage: later.stage, status: later.status, stageChangedAt: later.stageChangedAt };
}

function mergeChanges(all: FieldChange[], lead: Record<string, unknown>): FieldChange[] {
  const byKey = new Map<string, FieldChange>();
  for (const c of all) {
    const sync = c.by === SYNC_CHANGE_BY;
    // A sync record stands for "this value was replaced": once per field and value.
    if (sync && c.previous === shown(lead[c.field])) continue;
    const key = canonicalJson(sync ? [c.field, c.previous, c.by] : [c.field, c.previous, c.by, c.at]);
    const seen = byKey.get(key);
    if (!seen || seen.at < c.at) byKey.set(key, { field: c.field, previous: c.previous, at: c.at, by: c.by });
  }
  return [...byKey.values()]
    .sort(
      (x, y) =>
        x.at - y.at ||
        compareText(x.field, y.field) ||
        compareText(x.by, y.by) ||
        compareText(x.previous, y.previous),
    )
    .slice(-MAX_CHANGES);
}
