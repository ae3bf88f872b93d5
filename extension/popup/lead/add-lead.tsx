import './lead.css';
import { useEffect, useState } from 'preact/hooks';
import type { StageId } from '../../../shared/process/stage-list';
import { getDb } from '../../data/db';
import { addLead, DuplicateLeadError } from '../../data/leads/lead-edits';
import { t } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { settings, stageName } from '../settings-store';
import { escapeCloses } from '../ui/keys';
import { showNotice } from '../ui/notice-store';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { LeadFormView } from './lead-form';
import { emptyForm, type FieldErrors, type LeadForm, parseForm } from './lead-form-model';
import { START_STAGES } from './move-logic';

/**
 * A lead met outside the browser (a referral, a call): the lead form in its
 * "add" mode. It starts in the stage picked (Awareness unless changed); the
 * same email or LinkedIn profile updates the lead already stored instead.
 */
export default function AddLead({ onClose }: { onClose: () => void }) {
  const [stage, setStage] = useState<StageId>('awareness');
  const [picks, setPicks] = useState(() => picksOf());
  useEffect(() => {
    document.getElementById('lead-name')?.focus();
    const onKey = (e: KeyboardEvent) => escapeCloses(e) && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const submit = async (form: LeadForm, badInput: Parameters<typeof parseForm>[1]): Promise<FieldErrors> => {
    const parsed = parseForm(form, badInput);
    if (!parsed.ok) return parsed.errors;
    try {
      const edit = { ...(parsed.edit as Parameters<typeof addLead>[1]), ...picks };
      const { lead, created } = await addLead(getDb(), edit, Date.now(), stage);
      await refreshAfterWrite();
      showNotice({
        text: created ? t('savedNew', lead.name, stageName(lead.stage)) : t('savedUpdate', lead.name),
      });
      openLead(lead.id);
      return {};
    } catch (err) {
      if (!(err instanceof DuplicateLeadError)) throw err;
      return { [err.field]: 'errDuplicate' };
    }
  };
  return (
    <section class="add-lead" aria-labelledby="add-title">
      <button type="button" class="back" onClick={onClose}>
        {t('backToList')}
      </button>
      <h2 id="add-title">{t('addLeadTitle')}</h2>
      <LeadFormView
        mode="add"
        initial={() => emptyForm(settings.value)}
        submitLabel={t('addLeadSave')}
        onSubmit={submit}
        onCancel={onClose}
        dealSlot={<WhyBuyPickers idPrefix="add" picks={picks} onChange={setPicks} />}
        essentialsEnd={
          <div class="field field-select">
            <label for="lead-stage">{t('fieldStage')}</label>
            <select
              id="lead-stage"
              value={stage}
              onChange={(e) => setStage(e.currentTarget.value as StageId)}
            >
              {START_STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageName(s)}
                </option>
              ))}
            </select>
          </div>
        }
      />
      <p class="hint">{t('addLeadHint')}</p>
    </section>
  );
}
