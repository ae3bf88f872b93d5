import type { Lead } from '../model/lead';
import type { ResolvedProcess } from '../process/resolve-settings';
import { STAGE_IDS, type StageId } from '../process/stage-list';
import { DAY_MS } from '../time/day';
import { type LeadHistories, stageIndexOf } from './lead-histories';
import type { ProblemFlag } from './problems';
import type { SharedFlags } from './shared-flags';

/** Rules that fired on a lead, as bits: what the counts need, with no flag built. */
export const STALLED = 1;
export const SKIPPED = 2;
export const LOW_QUALITY = 4;

const NEXT_STEP_OK = 0;
const NEXT_STEP_MISSING = 1;
const NEXT_STEP_OVERDUE = 2;

/**
 * The per-lead rules of the problems, over an open lead i of the replayed
 * histories. `fired(i)` only says which problems a lead has, which is all the
 * counts (and so the Metrics screen) need; `flags(i)` builds the lead's flag
 * list, which only a screen that lists flags reads. Both take the same
 * decisions below, so a lead counted is a lead listed.
 */
export class ProblemChecks {
  private readonly opp: number;
  private readonly decision: number;
  private readonly stallMs: number[];

  constructor(
    private readonly h: LeadHistories,
    private readonly process: ResolvedProcess,
    private readonly now: number,
    /** "YYYY-MM-DD" in the rep's zone: a next step due before it is overdue. */
    private readonly today: string,
  ) {
    this.opp = stageIndexOf(process.opportunityStage);
    this.decision = stageIndexOf('decision');
    this.stallMs = STAGE_IDS.map((s) => process.stallDays[s] * DAY_MS);
  }

  /** No move or edit for longer than the stage allows. (A boolean: a returned number would be boxed.) */
  private idle(i: number, s: number): boolean {
    return this.now - (this.h.activityAt[i] as number) > (this.stallMs[s] as number);
  }

  /** An opportunity's next step: fine, missing (blank counts as missing) or overdue. */
  private nextStep(i: number, s: number): number {
    if (s < this.opp) return NEXT_STEP_OK;
    const lead = this.h.leads[i] as Lead;
    if (!lead.nextStep?.trim()) return NEXT_STEP_MISSING;
    return lead.nextStepDue !== undefined && lead.nextStepDue < this.today ? NEXT_STEP_OVERDUE : NEXT_STEP_OK;
  }

  /** Quality 1–2 in a late stage (decision or later), else 0. */
  private lowQuality(i: number, s: number): number {
    const quality = s >= this.decision ? (this.h.quality[i] as number) : 0;
    return quality !== 0 && quality <= 2 ? quality : 0;
  }

  fired(i: number): number {
    const s = this.h.stage[i] as number;
    let bits = 0;
    if (this.idle(i, s) || this.nextStep(i, s) !== NEXT_STEP_OK) bits |= STALLED;
    if (this.h.skippedPending[i] !== 0) bits |= SKIPPED;
    if (this.lowQuality(i, s) !== 0) bits |= LOW_QUALITY;
    return bits;
  }

  /** Lead i's flags in their usual order (no activity, next step, skipped, quality), shared where equal. */
  flags(i: number, shared: SharedFlags): ProblemFlag[] {
    const s = this.h.stage[i] as number;
    const stage = STAGE_IDS[s] as StageId;
    let flags: readonly ProblemFlag[] | undefined;
    if (this.idle(i, s)) {
      const days = Math.floor((this.now - (this.h.activityAt[i] as number)) / DAY_MS);
      flags = shared.noActivity(s, stage, days, this.process.stallDays[stage]);
    }
    const step = this.nextStep(i, s);
    if (step === NEXT_STEP_MISSING) flags = shared.join(flags, shared.nextStepMissing(s, stage));
    else if (step === NEXT_STEP_OVERDUE)
      flags = shared.join(
        flags,
        shared.nextStepOverdue(s, stage, (this.h.leads[i] as Lead).nextStepDue as string),
      );
    const pending = this.h.skippedPending[i] as number;
    if (pending !== 0) flags = shared.join(flags, shared.skipped(s, stage, pending));
    const quality = this.lowQuality(i, s);
    if (quality !== 0) flags = shared.join(flags, shared.lowQuality(s, stage, quality));
    return (flags ?? []) as ProblemFlag[];
  }
}
