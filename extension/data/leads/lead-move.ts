import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { skippedStages } from '../../../shared/process/stage-list';
import type { MoveInput } from './lead-repository';

/**
 * `lead` after `move`, with the StageEvent that records it; null when the move
 * changes nothing. Pure: moveLead and a capture that sets a stage both write it.
 */
export function movedLead(
  lead: Lead,
  move: MoveInput,
  now: number,
): { next: Record<string, unknown>; event: StageEvent } | null {
  const status = move.status ?? 'open';
  if (lead.stage === move.stage && lead.status === status) return null;
  const skipped = skippedStages(lead.stage, move.stage);
  const event: StageEvent = {
    leadId: lead.id,
    fromStage: lead.stage,
    toStage: move.stage,
    fromStatus: lead.status,
    toStatus: status,
    at: now,
    ...(skipped.length ? { skipped } : {}),
    ...(status === 'lost' && move.lostReason ? { lostReason: move.lostReason } : {}),
  };
  const next = {
    ...lead,
    stage: move.stage,
    status,
    lostReason: status === 'lost' ? move.lostReason : undefined,
    stageChangedAt: now,
    updatedAt: Math.max(now, lead.updatedAt),
  };
  return { next, event };
}
