import { signal } from '@preact/signals';
import type { Lead } from '../../../shared/model/lead';
import type { GroupId } from '../../data/leads/lead-queries';
import { t } from '../../ui/i18n';
import { ModalDialog } from '../lead/modal-dialog';
import { stageName } from '../settings-store';
import { DRAG_TYPE, type DropAction, dropAction } from './board-moves';
import { moveAndRefresh } from './lead-move-action';
import { LoseDialog } from './lose-dialog';

/** The card being dragged on the board (drag data cannot be read before the drop). */
const dragged = signal<Lead | null>(null);
/** A drop that needs the rep's word first: a skip to confirm or a lost reason. */
const pending = signal<{ lead: Lead; action: NonNullable<DropAction> } | null>(null);

function perform(lead: Lead, action: NonNullable<DropAction>): void {
  if (action.kind === 'move' && action.skipped.length === 0) void moveAndRefresh(lead, action.move);
  else pending.value = { lead, action };
}

/** A card's drag source: HTML5 drag and drop (the keyboard moves a lead from its detail). */
export function dragSource(lead: Lead) {
  return {
    draggable: true,
    onDragStart: (e: DragEvent) => {
      dragged.value = lead;
      e.dataTransfer?.setData(DRAG_TYPE, lead.id);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    },
    onDragEnd: () => {
      dragged.value = null;
    },
  };
}

/** A column as a drop target: it accepts a card only where the drop means a move. */
export function dropTarget(group: GroupId) {
  return {
    onDragOver: (e: DragEvent) => {
      const lead = dragged.value;
      if (!lead || !dropAction(lead, group)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      const lead = dragged.value;
      dragged.value = null;
      const action = lead && dropAction(lead, group);
      if (lead && action) perform(lead, action);
    },
  };
}

/** The question a drop asks, if any: rendered once by the board. */
export function DropDialogs() {
  const asked = pending.value;
  if (!asked) return null;
  const close = () => {
    pending.value = null;
  };
  const { lead, action } = asked;
  if (action.kind === 'lose') {
    return <LoseDialog lead={lead} onClose={close} run={(move) => void moveAndRefresh(lead, move)} />;
  }
  const to = action.move.status === 'won' ? t('groupWon') : stageName(action.move.stage);
  return (
    <ModalDialog title={t('skipTitle')} onClose={close}>
      <p>{t('skipQuestion', stageName(lead.stage), to, action.skipped.map(stageName).join(', '))}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            close();
            void moveAndRefresh(lead, action.move);
          }}
        >
          {t('skipConfirm')}
        </button>
        <button type="button" onClick={close}>
          {t('cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
