import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { lostReasonOptions } from '../settings-store';
import { ModalDialog } from './modal-dialog';
import { chosenReason } from './move-logic';

const OTHER = '__other__';

/** Marks a deal lost: a reason from the team's list, or the rep's own words. */
export function LostDialog({
  onConfirm,
  onClose,
}: {
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const reasons = lostReasonOptions();
  const [choice, setChoice] = useState(reasons[0] ?? OTHER);
  const [other, setOther] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <ModalDialog title={t('markLostTitle')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const reason = chosenReason(choice, other, OTHER);
          if (reason) onConfirm(reason);
          else setMissing(true);
        }}
      >
        <div class="field">
          <label for="lost-reason">{t('lostReason')}</label>
          <select id="lost-reason" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
            <option value={OTHER}>{t('otherReason')}</option>
          </select>
        </div>
        {choice === OTHER ? (
          <div class="field">
            <label for="lost-other">{t('otherReasonText')}</label>
            <input
              id="lost-other"
              type="text"
              maxLength={300}
              value={other}
              aria-invalid={missing ? 'true' : undefined}
              aria-describedby={missing ? 'lost-other-error' : undefined}
              onInput={(e) => {
                setOther(e.currentTarget.value);
                setMissing(false);
              }}
            />
            {missing ? (
              <small id="lost-other-error" class="error">
                {t('errReasonRequired')}
              </small>
            ) : null}
          </div>
        ) : null}
        <div class="actions">
          <button type="submit" class="danger">
            {t('markLost')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
