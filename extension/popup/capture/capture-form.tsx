import './capture-form.css';
import { useState } from 'preact/hooks';
import { CONTACT_FIELDS, type ContactField } from '../../../shared/model/contact-fields';
import { t } from '../../ui/i18n';
import { settings } from '../settings-store';
import { FIELD_LABEL } from '../ui/field-labels';
import { FormActions } from '../ui/form-actions';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { CaptureDealFields } from './capture-deal-fields';
import { dealFromForm, EMPTY_DEAL } from './capture-deal-model';
import { MERGE_BUTTON_ID, MergeOffer } from './capture-merge-offer';
import type { CaptureState } from './capture-state';
import { saveReviewed } from './capture-store';
import { ProvenanceTip } from './provenance-tip';

/** Plain text inputs (zod validates, not the browser), with the right keyboard on touch screens. */
function inputMode(f: ContactField): 'email' | 'url' | 'text' {
  return f === 'email' ? 'email' : f === 'linkedinUrl' || f === 'website' ? 'url' : 'text';
}

/** Fields that hold long text take the form's whole width; the others go two to a row. */
const WIDE = new Set<ContactField>(['headline', 'website']);

type Props = {
  state: Extract<CaptureState, { step: 'review' | 'saving' }>;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * The candidate as the page gave it, editable, short enough that Save is in
 * view: each value's origin is a small mark beside its label, and the deal
 * (stage, value, next step, notes) waits one click away.
 */
export default function CaptureForm({ state, onDone, onCancel }: Props) {
  const { candidate } = state;
  const errors = state.step === 'review' ? (state.errors ?? {}) : {};
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [deal, setDeal] = useState(EMPTY_DEAL);
  const [picks, setPicks] = useState(() => picksOf());
  const [dealErrors, setDealErrors] = useState<ReturnType<typeof dealErrorsOf>>({});
  const value = (f: ContactField) => edits[f] ?? candidate[f] ?? '';
  const from = candidate.provenance.extractor.id;
  const busy = state.step === 'saving';
  const offer = state.likelyMatch;
  const currency = settings.value.defaultCurrency;
  // A person's industry is rarely on the page: the field is offered for companies or when found.
  const fields = CONTACT_FIELDS.filter(
    (f) => f !== 'industry' || candidate.kind === 'company' || candidate.industry,
  );
  // A mail sender shown by name only (Outlook hides the address until hovered): say what is saved.
  const nameOnly = candidate.source === 'email' && !candidate.email;
  const match = { existingLeadId: state.existingLeadId, likelyMatch: offer };
  const save = async (form: HTMLFormElement | null, mergeInto?: string) => {
    const badDue = form?.querySelector<HTMLInputElement>('#deal-nextStepDue')?.validity.badInput ?? false;
    const checked = dealFromForm(deal, currency, badDue);
    setDealErrors(dealErrorsOf(checked));
    if (!checked.ok) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.deal-fields [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (await saveReviewed(candidate, edits, match, mergeInto, checked.deal, picks)) onDone();
  };
  return (
    <form
      class="capture-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // With a look-alike lead on offer, Enter does not guess: it takes the rep to the choice.
        if (offer) document.getElementById(MERGE_BUTTON_ID)?.focus();
        else void save(e.currentTarget);
      }}
    >
      <h2>{t('reviewTitle')}</h2>
      {state.existingLeadId ? <p class="message">{t('updatesExisting')}</p> : null}
      {offer ? (
        <MergeOffer
          match={offer}
          busy={busy}
          onMerge={() => void save(document.querySelector('.capture-form'), offer.id)}
          onKeepNew={() => void save(document.querySelector('.capture-form'))}
        />
      ) : null}
      {nameOnly ? (
        <p class="message" id="capture-name-only">
          {t('captureNameOnly')}
        </p>
      ) : null}
      <div class="capture-fields">
        {fields.map((f) => (
          <div class={WIDE.has(f) ? 'field wide' : 'field'} key={f}>
            <span class="label-row">
              <label for={`field-${f}`}>{t(FIELD_LABEL[f])}</label>
              {candidate[f] ? (
                <ProvenanceTip
                  id={`prov-${f}`}
                  extractor={from}
                  confidence={candidate.provenance.confidence[f]}
                />
              ) : null}
            </span>
            <input
              id={`field-${f}`}
              name={f}
              type="text"
              inputMode={inputMode(f)}
              spellcheck={false}
              value={value(f)}
              placeholder={candidate[f] ? undefined : t('notFound')}
              aria-invalid={errors[f] ? 'true' : undefined}
              aria-describedby={errors[f] ? `hint-${f}` : candidate[f] ? `prov-${f}` : undefined}
              onInput={(e) => setEdits({ ...edits, [f]: (e.target as HTMLInputElement).value })}
            />
            {errors[f] ? (
              <small id={`hint-${f}`} class="error">
                {t('invalidField', t(FIELD_LABEL[f]), errors[f])}
              </small>
            ) : null}
          </div>
        ))}
      </div>
      <CaptureDealFields
        deal={deal}
        errors={dealErrors}
        updates={Boolean(state.existingLeadId)}
        currency={currency}
        onChange={(f, v) => {
          setDeal({ ...deal, [f]: v });
          if (dealErrors[f]) setDealErrors({ ...dealErrors, [f]: undefined });
        }}
        slot={<WhyBuyPickers idPrefix="capture" picks={picks} onChange={setPicks} />}
      />
      <FormActions submitLabel={offer ? undefined : t('save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function dealErrorsOf(checked: ReturnType<typeof dealFromForm>) {
  return checked.ok ? {} : checked.errors;
}
