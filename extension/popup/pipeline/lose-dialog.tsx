import type { Lead } from '../../../shared/model/lead';
import type { MoveInput } from '../../data/leads/lead-repository';
import { LostDialog } from '../lead/lost-dialog';
import { lostMove } from '../lead/move-logic';

/** Marking a deal lost from a list (a board drop, a problem row): the reason first, then the move. */
export function LoseDialog({
  lead,
  onClose,
  run,
}: {
  lead: Pick<Lead, 'stage'>;
  onClose: () => void;
  run: (move: MoveInput) => void;
}) {
  return (
    <LostDialog
      onClose={onClose}
      onConfirm={(reason) => {
        onClose();
        run(lostMove(lead, reason));
      }}
    />
  );
}
