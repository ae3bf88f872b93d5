// A deliberately plain implementation of the replay and the problem rules, one
// lead at a time with arrays and strings, for the property test that holds the
// optimised engine (shared/metrics/analyse.ts) to it. No speed tricks here.

import type { ProblemFlag } from '../../../../shared/metrics/problems';
import type { Lead } from '../../../../shared/model/lead';
import type { Settings } from '../../../../shared/model/settings';
import type { StageEvent } from '../../../../shared/model/stage-event';
import { resolveProcess } from '../../../../shared/process/resolve-settings';
import { STAGE_IDS, type StageId } from '../../../../shared/process/stage-list';

const DAY = 86_400_000;
const at = (s: StageId) => STAGE_IDS.indexOf(s);

export interface PlainHistory {
  stage: StageId;
  status: 'open' | 'won' | 'lost';
  maxReached: number;
  opportunityAt: number;
  closedAt: number;
  closedStage: StageId;
  lostReason: string | undefined;
  activityAt: number;
  skippedEver: StageId[];
  skippedPending: StageId[];
  skipMoves: number;
  /** Completed stays while open: stage, when it ended, how many days it lasted. */
  stays: { stage: StageId; end: number; days: number }[];
}

/** A lead's events: those naming it, by time, a creation first at the same instant, else as stored. */
export function eventsOf(lead: Lead, events: readonly StageEvent[]): StageEvent[] {
  return events
    .map((e, k) => ({ e, k }))
    .filter(({ e }) => e.leadId === lead.id)
    .sort(
      (a, b) =>
        a.e.at - b.e.at || (a.e.fromStage === null ? 0 : 1) - (b.e.fromStage === null ? 0 : 1) || a.k - b.k,
    )
    .map(({ e }) => e);
}

export function plainHistory(lead: Lead, events: StageEvent[], opportunityStage: StageId): PlainHistory {
  const opp = at(opportunityStage);
  const reach = (status: string, stage: StageId) => (status === 'won' ? at('purchase') : at(stage));
  if (events.length === 0) {
    const maxReached = reach(lead.status, lead.stage);
    return {
      stage: lead.stage,
      status: lead.status,
      maxReached,
      opportunityAt: maxReached >= opp ? lead.stageChangedAt : Number.NaN,
      closedAt: lead.status === 'open' ? Number.NaN : lead.stageChangedAt,
      closedStage: lead.stage,
      lostReason: lead.status === 'lost' ? lead.lostReason : undefined,
      activityAt: Math.max(lead.updatedAt, lead.stageChangedAt),
      skippedEver: [],
      skippedPending: [],
      skipMoves: 0,
      stays: [],
    };
  }
  const [first] = events as [StageEvent];
  const created = first.fromStage === null;
  let stage = created ? first.toStage : first.fromStage;
  let status = created ? first.toStatus : (first.fromStatus ?? 'open');
  let maxReached = reach(status, stage as StageId);
  const h: PlainHistory = {
    stage: stage as StageId,
    status,
    maxReached,
    opportunityAt: maxReached >= opp ? lead.createdAt : Number.NaN,
    closedAt: status === 'open' ? Number.NaN : lead.createdAt,
    closedStage: stage as StageId,
    lostReason: status === 'lost' ? lead.lostReason : undefined,
    activityAt: Math.max(lead.updatedAt, lead.stageChangedAt, (events[events.length - 1] as StageEvent).at),
    skippedEver: [],
    skippedPending: [],
    skipMoves: 0,
    stays: [],
  };
  let stayStart = lead.createdAt;
  for (const e of created ? events.slice(1) : events) {
    const jumped = new Set<StageId>(e.skipped ?? []);
    if (e.fromStage !== null)
      for (const s of STAGE_IDS) if (at(s) > at(e.fromStage) && at(s) < at(e.toStage)) jumped.add(s);
    if (jumped.size > 0) h.skipMoves++;
    for (const s of jumped) {
      if (!h.skippedEver.includes(s)) h.skippedEver.push(s);
      if (!h.skippedPending.includes(s)) h.skippedPending.push(s);
    }
    h.skippedPending = h.skippedPending.filter((s) => s !== e.toStage);
    if (e.toStage !== stage || e.toStatus !== status) {
      if (status === 'open')
        h.stays.push({ stage: stage as StageId, end: e.at, days: Math.max(0, e.at - stayStart) / DAY });
      stayStart = e.at;
    }
    if (e.toStatus !== status) {
      if (e.toStatus === 'open') h.closedAt = Number.NaN;
      else {
        h.closedAt = e.at;
        h.closedStage = e.toStage;
        h.lostReason = e.toStatus === 'lost' ? (e.lostReason ?? lead.lostReason) : undefined;
      }
    }
    maxReached = e.toStatus === 'won' ? at('purchase') : Math.max(maxReached, at(e.toStage));
    if (Number.isNaN(h.opportunityAt) && maxReached >= opp) h.opportunityAt = e.at;
    stage = e.toStage;
    status = e.toStatus;
  }
  return { ...h, stage: stage as StageId, status, maxReached };
}

/** The four per-lead rules, in the order the engine lists them; `today` is the rep's local date. */
export function plainFlags(
  lead: Lead,
  h: PlainHistory,
  settings: Settings,
  now: number,
  today: string,
): ProblemFlag[] {
  if (h.status !== 'open') return [];
  const process = resolveProcess(settings);
  const stage = h.stage;
  const flags: ProblemFlag[] = [];
  const limit = process.stallDays[stage];
  if (now - h.activityAt > limit * DAY)
    flags.push({
      problem: 'stalled',
      rule: 'no-activity',
      stage,
      days: Math.floor((now - h.activityAt) / DAY),
      limit,
    });
  if (at(stage) >= at(process.opportunityStage)) {
    if (!lead.nextStep?.trim()) flags.push({ problem: 'stalled', rule: 'next-step-missing', stage });
    else if (lead.nextStepDue !== undefined && lead.nextStepDue < today)
      flags.push({ problem: 'stalled', rule: 'next-step-overdue', stage, due: lead.nextStepDue });
  }
  if (h.skippedPending.length > 0)
    flags.push({
      problem: 'skipped-stages',
      rule: 'skipped',
      stage,
      stages: STAGE_IDS.filter((s) => h.skippedPending.includes(s)),
    });
  if (lead.quality !== undefined && lead.quality <= 2 && at(stage) >= at('decision'))
    flags.push({ problem: 'low-quality', rule: 'low-quality-late', stage, quality: lead.quality });
  return flags;
}
