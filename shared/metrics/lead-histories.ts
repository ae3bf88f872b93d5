import type { Lead } from '../model/lead';
import type { StageEvent } from '../model/stage-event';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import { groupEvents } from './group-events';
import { LOST, OPEN, stageCode, statusCode, WON } from './stage-codes';

export { LOST, OPEN, WON };

const STAGE_INDEX = Object.fromEntries(STAGE_IDS.map((s, i) => [s, i])) as Record<StageId, number>;
const PURCHASE = STAGE_IDS.length - 1;

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
  lastEventAt: Float64Array;
  /** Bit per stage ever jumped over by a forward move. */
  skippedEver: Uint8Array;
  /** Bit per skipped stage the lead has not visited since (what the skipped-stages flag reads). */
  skippedPending: Uint8Array;
  skipMoves: Uint32Array;
  /** Completed stays in a stage while open (a stage change or a close ends one): column per stay. */
  stays: { count: number; stage: Uint8Array; end: Float64Array; days: Float64Array };
}

export const stageIndexOf = (s: StageId): number => STAGE_INDEX[s];

function skipMask(e: StageEvent, to: number): number {
  let mask = 0;
  const skipped = e.skipped;
  if (skipped !== undefined)
    for (let j = 0; j < skipped.length; j++) mask |= 1 << stageCode(skipped[j] as StageId);
  if (e.fromStage !== null) for (let j = stageCode(e.fromStage) + 1; j < to; j++) mask |= 1 << j;
  return mask;
}

export function buildLeadHistories(
  leads: readonly Lead[],
  events: readonly StageEvent[],
  opportunityStage: StageId,
): LeadHistories {
  const n = leads.length;
  const opp = STAGE_INDEX[opportunityStage];
  const { offsets, order, times } = groupEvents(leads, events);
  const h: LeadHistories = {
    leads,
    createdAt: new Float64Array(n),
    source: new Uint32Array(n),
    sources: [],
    stage: new Uint8Array(n),
    status: new Uint8Array(n),
    maxReached: new Uint8Array(n),
    opportunityAt: new Float64Array(n).fill(Number.NaN),
    closedAt: new Float64Array(n).fill(Number.NaN),
    closedStage: new Uint8Array(n),
    lostReason: new Array(n),
    lastEventAt: new Float64Array(n).fill(Number.NaN),
    skippedEver: new Uint8Array(n),
    skippedPending: new Uint8Array(n),
    skipMoves: new Uint32Array(n),
    stays: {
      count: 0,
      stage: new Uint8Array(times.length),
      end: new Float64Array(times.length),
      days: new Float64Array(times.length),
    },
  };
  const stays = h.stays;
  const sourceIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const lead = leads[i] as Lead;
    h.createdAt[i] = lead.createdAt;
    let src = sourceIndex.get(lead.source);
    if (src === undefined) {
      src = h.sources.length;
      h.sources.push(lead.source);
      sourceIndex.set(lead.source, src);
    }
    h.source[i] = src;
    const lo = offsets[i] as number;
    const hi = offsets[i + 1] as number;
    if (lo === hi) {
      // No history: the lead's own fields are all we know.
      const st = statusCode(lead.status);
      const sg = stageCode(lead.stage);
      h.stage[i] = sg;
      h.status[i] = st;
      h.maxReached[i] = st === WON ? PURCHASE : sg;
      if ((h.maxReached[i] as number) >= opp) h.opportunityAt[i] = lead.stageChangedAt;
      if (st !== OPEN) {
        h.closedAt[i] = lead.stageChangedAt;
        h.closedStage[i] = sg;
        if (st === LOST) h.lostReason[i] = lead.lostReason;
      }
      continue;
    }
    const first = events[order ? (order[lo] as number) : lo] as StageEvent;
    let k = lo;
    let stage: number;
    let status: number;
    if (first.fromStage === null) {
      // The creation event: it sets the starting state rather than ending a stay.
      stage = stageCode(first.toStage);
      status = statusCode(first.toStatus);
      k++;
    } else {
      stage = stageCode(first.fromStage);
      status = statusCode(first.fromStatus ?? 'open');
    }
    let stayStart = lead.createdAt;
    let maxR = status === WON ? PURCHASE : stage;
    let oppAt = maxR >= opp ? lead.createdAt : Number.NaN;
    let closedAt = status === OPEN ? Number.NaN : lead.createdAt;
    let closedStage = stage;
    let lostReason: string | undefined = status === LOST ? lead.lostReason : undefined;
    let ever = 0;
    let pending = 0;
    let moves = 0;
    for (; k < hi; k++) {
      const e = events[order ? (order[k] as number) : k] as StageEvent;
      const ns = stageCode(e.toStage);
      const nst = statusCode(e.toStatus);
      const mask = skipMask(e, ns);
      if (mask !== 0) {
        moves++;
        ever |= mask;
        pending |= mask;
      }
      pending &= ~(1 << ns);
      if (ns !== stage || nst !== status) {
        if (status === OPEN) {
          const c = stays.count++;
          stays.stage[c] = stage;
          stays.end[c] = e.at;
          stays.days[c] = Math.max(0, e.at - stayStart) / 86_400_000;
        }
        stayStart = e.at;
      }
      if (nst !== status) {
        if (nst === OPEN) closedAt = Number.NaN;
        else {
          closedAt = e.at;
          closedStage = ns;
          lostReason = nst === LOST ? (e.lostReason ?? lead.lostReason) : undefined;
        }
      }
      if (nst === WON) maxR = PURCHASE;
      else if (ns > maxR) maxR = ns;
      if (Number.isNaN(oppAt) && maxR >= opp) oppAt = e.at;
      stage = ns;
      status = nst;
    }
    h.stage[i] = stage;
    h.status[i] = status;
    h.maxReached[i] = maxR;
    h.opportunityAt[i] = oppAt;
    h.closedAt[i] = closedAt;
    h.closedStage[i] = closedStage;
    h.lostReason[i] = lostReason;
    h.lastEventAt[i] = times[hi - 1] as number;
    h.skippedEver[i] = ever;
    h.skippedPending[i] = pending;
    h.skipMoves[i] = moves;
  }
  return h;
}

/** Stage ids whose bits are set in a skip mask, in pipeline order. */
export function stagesInMask(mask: number): StageId[] {
  return STAGE_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}
