import type { Lead } from '../model/lead';
import type { StageEvent } from '../model/stage-event';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import type { LeadHistories } from './lead-histories';
import { LOST, OPEN, stageCode, statusCode, WON } from './stage-codes';

const PURCHASE = STAGE_IDS.length - 1;
export const HAS_PAIN_POINTS = 1;
export const HAS_DECISION_HELPERS = 2;

function skipMask(e: StageEvent, to: number): number {
  let mask = 0;
  const skipped = e.skipped;
  if (skipped !== undefined)
    for (let j = 0; j < skipped.length; j++) mask |= 1 << stageCode(skipped[j] as StageId);
  if (e.fromStage !== null) for (let j = stageCode(e.fromStage) + 1; j < to; j++) mask |= 1 << j;
  return mask;
}

/** Row i for a lead without events: its own fields are all we know. */
function readFields(h: LeadHistories, i: number, lead: Lead, opp: number): void {
  const st = statusCode(lead.status);
  const sg = stageCode(lead.stage);
  const maxR = st === WON ? PURCHASE : sg;
  h.stage[i] = sg;
  h.status[i] = st;
  h.maxReached[i] = maxR;
  h.opportunityAt[i] = maxR >= opp ? lead.stageChangedAt : Number.NaN;
  h.closedAt[i] = st !== OPEN ? lead.stageChangedAt : Number.NaN;
  h.closedStage[i] = sg;
  h.lostReason[i] = st === LOST ? lead.lostReason : undefined;
  h.activityAt[i] = Math.max(lead.updatedAt, lead.stageChangedAt, 0);
  h.skippedEver[i] = 0;
  h.skippedPending[i] = 0;
  h.skipMoves[i] = 0;
}

/**
 * Replays lead i's events, in time order, into row i of every column (every
 * column is written, so a row can be replayed again over an earlier attempt).
 * The events are `events[order[k]]` for k in lo..hi, or `events[k]` when
 * `order` is null (stored grouped and in time order). Completed stays are
 * appended to `h.stays`, a new source name to `h.sources`.
 */
export function replayLead(
  h: LeadHistories,
  i: number,
  lead: Lead,
  events: readonly StageEvent[],
  order: Int32Array | null,
  lo: number,
  hi: number,
  opp: number,
  sourceIndex: Map<string, number>,
): void {
  h.createdAt[i] = lead.createdAt;
  let src = sourceIndex.get(lead.source);
  if (src === undefined) {
    // Numbered in order of first appearance.
    src = h.sources.length;
    h.sources.push(lead.source);
    sourceIndex.set(lead.source, src);
  }
  h.source[i] = src;
  h.value[i] = lead.value ?? Number.NaN;
  h.currency[i] = lead.currency;
  h.quality[i] = lead.quality ?? 0;
  h.tags[i] =
    (lead.painPointIds?.length ? HAS_PAIN_POINTS : 0) |
    (lead.decisionHelperIds?.length ? HAS_DECISION_HELPERS : 0);
  if (lo === hi) {
    readFields(h, i, lead, opp);
    return;
  }
  const stays = h.stays;
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
  let at = first.at;
  for (; k < hi; k++) {
    const e = events[order ? (order[k] as number) : k] as StageEvent;
    const ns = stageCode(e.toStage);
    const nst = statusCode(e.toStatus);
    at = e.at;
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
        stays.end[c] = at;
        stays.days[c] = Math.max(0, at - stayStart) / 86_400_000;
      }
      stayStart = at;
    }
    if (nst !== status) {
      if (nst === OPEN) closedAt = Number.NaN;
      else {
        closedAt = at;
        closedStage = ns;
        lostReason = nst === LOST ? (e.lostReason ?? lead.lostReason) : undefined;
      }
    }
    if (nst === WON) maxR = PURCHASE;
    else if (ns > maxR) maxR = ns;
    if (Number.isNaN(oppAt) && maxR >= opp) oppAt = at;
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
  // Read here, beside createdAt, while the lead's fields are in cache: the stall check needs only this column.
  h.activityAt[i] = Math.max(lead.updatedAt, lead.stageChangedAt, at);
  h.skippedEver[i] = ever;
  h.skippedPending[i] = pending;
  h.skipMoves[i] = moves;
}
