import type { Lead } from '../model/lead';
import type { StageEvent } from '../model/stage-event';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import { groupEvents } from './group-events';
import { replayLead } from './replay-lead';
import { LOST, OPEN, WON } from './stage-codes';

export { LOST, OPEN, WON };

const STAGE_INDEX = Object.fromEntries(STAGE_IDS.map((s, i) => [s, i])) as Record<StageId, number>;

/**
 * Every lead's history replayed once, as columns (index = position in `leads`).
 * Metrics and problems both read this, so 500,000 events are grouped and
 * replayed a single time. Times are epoch ms; NaN means "never".
 */
export interface LeadHistories {
  leads: readonly Lead[];
  /** Copies of lead fields every metric reads, kept flat so the metric loops stay on contiguous memory. */
  createdAt: Float64Array;
  /** Index into `sources`. */
  source: Uint32Array;
  sources: string[];
  /**
   * Lead fields the later walks read, copied by the replay while the lead is in
   * cache: a walk that reads a scattered lead object pays a cache miss per lead,
   * ~3 ms for 50k leads, more than the rest of its work. NaN: no value; 0: no quality.
   */
  value: Float64Array;
  currency: string[];
  quality: Uint8Array;
  /** HAS_PAIN_POINTS | HAS_DECISION_HELPERS: which tag lists the lead has (the ids are read from it only then). */
  tags: Uint8Array;
  /** Current stage index: from the latest event, or the lead's own field when it has no events. */
  stage: Uint8Array;
  /** Current status (OPEN/WON/LOST), same rule: a reopened deal is open again. */
  status: Uint8Array;
  /** Furthest stage index ever reached; skipped stages lie below it, so they count as passed. A win counts as Purchase. */
  maxReached: Uint8Array;
  /** When the lead first stood at or past the opportunity stage. */
  opportunityAt: Float64Array;
  /** When the lead reached its current won/lost status; NaN while open. */
  closedAt: Float64Array;
  /** Stage index the lead was in when it closed. */
  closedStage: Uint8Array;
  lostReason: (string | undefined)[];
  /** Latest of the lead's last edit, its last stage change and its last event: what the stall check reads. */
  activityAt: Float64Array;
  /** Bit per stage ever jumped over by a forward move. */
  skippedEver: Uint8Array;
  /** Bit per skipped stage the lead has not visited since (what the skipped-stages flag reads). */
  skippedPending: Uint8Array;
  skipMoves: Uint32Array;
  /** Completed stays in a stage while open (a stage change or a close ends one): column per stay. */
  stays: { count: number; stage: Uint8Array; end: Float64Array; days: Float64Array };
}

export const stageIndexOf = (s: StageId): number => STAGE_INDEX[s];

function emptyHistories(leads: readonly Lead[], events: number): LeadHistories {
  const n = leads.length;
  return {
    leads,
    createdAt: new Float64Array(n),
    source: new Uint32Array(n),
    sources: [],
    value: new Float64Array(n),
    currency: new Array(n),
    quality: new Uint8Array(n),
    tags: new Uint8Array(n),
    stage: new Uint8Array(n),
    status: new Uint8Array(n),
    maxReached: new Uint8Array(n),
    opportunityAt: new Float64Array(n),
    closedAt: new Float64Array(n),
    closedStage: new Uint8Array(n),
    lostReason: new Array(n),
    activityAt: new Float64Array(n),
    skippedEver: new Uint8Array(n),
    skippedPending: new Uint8Array(n),
    skipMoves: new Uint32Array(n),
    // A lead's stays are at most its events: one allocation, never grown.
    stays: {
      count: 0,
      stage: new Uint8Array(events),
      end: new Float64Array(events),
      days: new Float64Array(events),
    },
  };
}

/**
 * The common case in one walk: exports and the generator store each lead's
 * events together, in the leads' order and in time order, so each lead's run
 * is recognised and replayed while its events are still in cache, with no
 * grouping pass and no index arrays. False (rows partly written) as soon as an
 * event breaks that order: an unknown lead, a lead met before, a time going
 * back, a creation after another event at the same instant.
 */
function replayInStoredOrder(
  h: LeadHistories,
  events: readonly StageEvent[],
  opp: number,
  sourceIndex: Map<string, number>,
): boolean {
  const { leads } = h;
  const n = leads.length;
  const total = events.length;
  let i = 0;
  let k = 0;
  while (k < total) {
    const id = (events[k] as StageEvent).leadId;
    // Leads without events may sit between two that have some: step over them. The cursor only
    // moves forward, so the scanning costs at most one walk over the leads in all.
    let next = i;
    while (next < n && (leads[next] as Lead).id !== id) next++;
    if (next >= n) return false;
    for (; i < next; i++) replayLead(h, i, leads[i] as Lead, events, null, k, k, opp, sourceIndex);
    const lo = k;
    let lastAt = Number.NEGATIVE_INFINITY;
    for (; k < total; k++) {
      const e = events[k] as StageEvent;
      if (e.leadId !== id) break;
      const at = e.at;
      if (at < lastAt || (at === lastAt && e.fromStage === null)) return false;
      lastAt = at;
    }
    replayLead(h, i, leads[i] as Lead, events, null, lo, k, opp, sourceIndex);
    i++;
  }
  for (; i < n; i++) replayLead(h, i, leads[i] as Lead, events, null, total, total, opp, sourceIndex);
  return true;
}

/** Any stored order: group by lead and sort by time first, then replay each lead's slice. */
function replayGrouped(
  h: LeadHistories,
  events: readonly StageEvent[],
  opp: number,
  sourceIndex: Map<string, number>,
): void {
  const { offsets, order } = groupEvents(h.leads, events);
  for (let i = 0; i < h.leads.length; i++)
    replayLead(
      h,
      i,
      h.leads[i] as Lead,
      events,
      order,
      offsets[i] as number,
      offsets[i + 1] as number,
      opp,
      sourceIndex,
    );
}

export function buildLeadHistories(
  leads: readonly Lead[],
  events: readonly StageEvent[],
  opportunityStage: StageId,
): LeadHistories {
  const opp = STAGE_INDEX[opportunityStage];
  const h = emptyHistories(leads, events.length);
  const sourceIndex = new Map<string, number>();
  if (!replayInStoredOrder(h, events, opp, sourceIndex)) {
    // Start over: sources are numbered again in the leads' order, stays appended again.
    h.sources.length = 0;
    sourceIndex.clear();
    h.stays.count = 0;
    replayGrouped(h, events, opp, sourceIndex);
  }
  return h;
}

/** Stage ids whose bits are set in a skip mask, in pipeline order. */
export function stagesInMask(mask: number): StageId[] {
  return STAGE_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}
