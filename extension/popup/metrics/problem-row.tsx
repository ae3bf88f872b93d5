import { useState } from 'preact/hooks';
import type { ProblemFlag } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import { formatMoney } from '../../../shared/present/numbers';
import { flagText, type ProblemWords } from '../../../shared/present/problem-text';
import type { MoveInput } from '../../data/leads/lead-repository';
import { t, uiLang } from '../../ui/i18n';
import { forwardStage, moveTo } from '../lead/move-logic';
import { openLead } from '../navigation-store';
import { moveAndRefresh } from '../pipeline/lead-move-action';
import { LoseDialog } from '../pipeline/lose-dialog';
import { stageName } from '../settings-store';
import { setNextStep } from './problem-actions';

interface Props {
  lead: Lead;
  flags: ProblemFlag[];
  text: ProblemWords;
}

/** One flagged lead: who, at which company, what the deal is worth, what is wrong, and the fixes at hand. */
export function ProblemRow({ lead, flags, text }: Props) {
  const [editing, setEditing] = useState(false);
  const [losing, setLosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState(lead.nextStep ?? '');
  const [due, setDue] = useState(lead.nextStepDue ?? '');
  const act = async (write: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      setEditing(false);
    } catch (err) {
      // Nothing was written (the data layer validates first): say why, keep what was typed.
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const move = (m: MoveInput) => act(() => moveAndRefresh(lead, m));
  const fwd = forwardStage(lead);
  const formId = `next-step-${lead.id}`;
  return (
    <li data-lead={lead.id}>
      <span class="problem-who">
        <button type="button" class="link" onClick={() => openLead(lead.id)}>
          {lead.name}
        </button>
        {lead.company ? <span class="problem-company"> · {lead.company}</span> : null}
        {lead.value !== undefined ? (
          <span class="problem-value"> · {formatMoney(lead.value, lead.currency, uiLang())}</span>
        ) : null}
      </span>
      <span class="hint">
        {stageName(lead.stage)} · {flags.map((f) => flagText(f, text)).join(' ')}
      </span>
      <fieldset class="problem-row-actions">
        <legend class="visually-hidden">{t('problemRowActions', lead.name)}</legend>
        <button
          type="button"
          aria-expanded={editing}
          aria-controls={formId}
          onClick={() => setEditing(!editing)}
        >
          {t('problemSetNextStep')}
        </button>
        {fwd && fwd !== 'purchase' ? (
          <button type="button" disabled={busy} onClick={() => void move(moveTo(fwd))}>
            {t('moveForwardTo', stageName(fwd))}
          </button>
        ) : null}
        <button type="button" class="ok" disabled={busy} onClick={() => void move(moveTo('purchase'))}>
          {t('markWon')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={() => setLosing(true)}>
          {t('markLostEllipsis')}
        </button>
      </fieldset>
      {editing ? (
        <form
          id={formId}
          class="problem-next-step"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => setNextStep(lead, step, due));
          }}
        >
          <label>
            {t('fieldNextStep')}
            <input value={step} maxLength={500} onInput={(e) => setStep(e.currentTarget.value)} />
          </label>
          <label>
            {t('fieldNextStepDue')}
            <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p class="message message-warn" role="alert">
          {t('saveFailed', error)}
        </p>
      ) : null}
      {losing ? <LoseDialog lead={lead} onClose={() => setLosing(false)} run={(m) => void move(m)} /> : null}
    </li>
  );
}
