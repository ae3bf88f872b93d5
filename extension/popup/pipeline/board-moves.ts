import type { Lead } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';
import type { GroupId } from '../../data/leads/lead-queries';
import type { MoveInput } from '../../data/leads/lead-repository';
import { moveTo, reopenMove, stagesSkippedBy } from '../lead/move-logic';

/** The data a dragged card carries: enough to decide a drop without reading the lead again. */
export const DRAG_TYPE = 'application/x-embudo-lead';

/**
 * What dropping a card on a column means. Pure. The Won column is Purchase
 * (reaching it wins the deal), the Lost column asks for a reason first, a
 * closed deal dropped on a stage is reopened there, and a move that jumps
 * stages asks first like the lead's own Move does. Null: nothing to do.
 */
export type DropAction =
  | { kind: 'move'; move: MoveInput; skipped: readonly StageId[] }
  | { kind: 'lose' }
  | null;

export function dropAction(lead: Pick<Lead, 'stage' | 'status'>, target: GroupId): DropAction {
  const from: GroupId = lead.status === 'open' ? lead.stage : lead.status;
  if (from === target) return null;
  if (target === 'lost') return lead.status === 'lost' ? null : { kind: 'lose' };
  const move: MoveInput =
    target === 'won'
      ? moveTo('purchase')
      : lead.status === 'open'
        ? moveTo(target)
        : { ...reopenMove(lead), stage: target };
  return { kind: 'move', move, skipped: stagesSkippedBy(lead, move) };
}
