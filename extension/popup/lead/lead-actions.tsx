import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';
import type { MoveInput } from '../../data/leads/lead-repository';
import { t } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { applyMove } from './lead-detail-store';
import { LostDialog } from './lost-dialog';
import { ModalDialog } from './modal-dialog';
import { MoveCriteria } from './move-criteria';
import {
  backStage,
  forwardStage,
  lostMove,
  moveTo,
  otherStages,
  reopenMove,
  stagesSkippedBy,
} from './move-logic';

/** Move forward or back, jump to a stage (asking first when stages are skipped), win, lose, reopen. Delete is kept apart, at the end of the detail. */
interface Props {
  lead: Lead;
  /** More buttons drawn with the moves (the detail's Next step and Edit). */
  children?: ComponentChildren;
  /** The page's lead card: the moves at hand only, without the stage picker. */
  compact?: boolean;
  /** Called after a move was saved. */
  onMoved?: () => void;
}

export function LeadActions({ lead, children, compact, onMoved }: Props) {
  const [confirm, setConfirm] = useState<{ move: MoveInput; skipped: StageId[] } | null>(null);
  const [losing, setLosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<StageId | ''>('');
  const run = async (move: MoveInput) => {
    setBusy(true);
    try {
      await applyMove(lead, move);
      onMoved?.();
    } finally {
      setBusy(false);
    }
  };
  const request = (move: MoveInput) => {
    const skipped = stagesSkippedBy(lead, move);
    if (skipped.length) setConfirm({ move, skipped });
    else void run(move);
  };
  const fwd = forwardStage(lead);
  const back = backStage(lead);
  const open = lead.status === 'open';
  return (
    <fieldset class="lead-actions">
      <legend class="visually-hidden">{t('moveActions')}</legend>
      {back && !compact ? (
        <button type="button" disabled={busy} onClick={() => request(moveTo(back))}>
          {t('moveBackTo', stageName(back))}
        </button>
      ) : null}
      {fwd && fwd !== 'purchase' ? (
        <button type="button" class="primary" disabled={busy} onClick={() => request(moveTo(fwd))}>
          {t('moveForwardTo', stageName(fwd))}
        </button>
      ) : null}
      {open ? (
        <>
          <button type="button" class="ok" disabled={busy} onClick={() => request(moveTo('purchase'))}>
            {t('markWon')}
          </button>
          <button type="button" class="danger" disabled={busy} onClick={() => setLosing(true)}>
            {t('markLostEllipsis')}
          </button>
        </>
      ) : (
        <button type="button" disabled={busy} onClick={() => request(reopenMove(lead))}>
          {t('reopen')}
        </button>
      )}
      {children}
      {compact ? null : (
        <span class="move-to">
          <label for="move-target">{t('moveToLabel')}</label>
          <select
            id="move-target"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value as StageId | '')}
          >
            <option value="">—</option>
            {otherStages(lead).map((s) => (
              <option key={s} value={s}>
                {stageName(s)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || target === ''}
            onClick={() => target && request(moveTo(target))}
          >
            {t('moveGo')}
          </button>
        </span>
      )}
      {compact ? null : <MoveCriteria lead={lead} target={target} />}
      {confirm ? (
        <ModalDialog title={t('skipTitle')} onClose={() => setConfirm(null)}>
          <p>
            {t(
              'skipQuestion',
              stageName(lead.stage),
              confirm.move.status === 'won' ? t('groupWon') : stageName(confirm.move.stage),
              confirm.skipped.map(stageName).join(', '),
            )}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                const { move } = confirm;
                setConfirm(null);
                void run(move);
              }}
            >
              {t('skipConfirm')}
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              {t('cancel')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
      {losing ? (
        <LostDialog
          onClose={() => setLosing(false)}
          onConfirm={(reason) => {
            setLosing(false);
            void run(lostMove(lead, reason));
          }}
        />
      ) : null}
    </fieldset>
  );
}
