import { useState } from 'preact/hooks';
import { CONTACT_FIELDS, type ContactField } from '../../../shared/model/contact-fields';
import { t } from '../../ui/i18n';
import { FIELD_LABEL } from '../ui/field-labels';
import { picksOf, WhyBuyPickers } from '../ui/why-buy-pickers';
import { MERGE_BUTTON_ID, MergeOffer } from './capture-merge-offer';
import type { CaptureState } from './capture-state';
import { saveReviewed } from './capture-store';

function confidenceWord(c: number | undefined): string {
  if (c === undefined) return t('confidenceLow');
  return c >= 0.9 ? t('confidenceHigh') : c >= 0.6 ? t('confidenceMedium') : t('confidenceLow');
}

/** Plain text inputs (zod validates, not the browser), with the right keyboard on touch screens. */
function inputMode(f: ContactField): 'email' | 'url' | 'text' {
  return f === 'email' ? 'email' : f === 'linkedinUrl' || f === 'website' ? 'url' : 'text';
}

type Props = {
  state: Extract<CaptureState, { step: 'review' | 'saving' }>;
  onDone: () => void;
  onCancel: () => void;
};

/** The candidate as the page gave it, editable, with where each value came from. */
export default function CaptureForm({ state, onDone, onCancel }: Props) {
  const { candidate } = state;
  const errors = state.step === 'review' ? (state.errors ?? {}) : {};
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [picks, setPicks] = useState(() => picksOf());
  const value = (f: ContactField) => edits[f] ?? candidate[f] ?? '';
  const from = candidate.provenance.extractor.id;
  const busy = state.step === 'saving';
  const offer = state.likelyMatch;
  // A person's industry is rarely on the page: the field is offered for companies or when found.
  const fields = CONTACT_FIELDS.filter(
    (f) => f !== 'industry' || candidate.kind === 'company' || candidate.industry,
  );
  // A mail sender shown by name only (Outlook hides the address until hovered): say what is saved.
  const nameOnly = candidate.source === 'email' && !candidate.email;
  const match = { existingLeadId: state.existingLeadId, likelyMatch: offer };
  const save = async (mergeInto?: string) => {
    if (await saveReviewed(candidate, edits, match, mergeInto, picks)) onDone();
  };
  return (
    <form
      class="capture-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // With a look-alike lead on offer, Enter does not guess: it takes the rep to the choice.
        if (offer) document.getElementById(MERGE_BUTTON_ID)?.focus();
        else void save();
      }}
    >
      <h2>{t('reviewTitle')}</h2>
      {state.existingLeadId ? <p class="message">{t('updatesExisting')}</p> : null}
      {offer ? (
        <MergeOffer
          match={offer}
          busy={busy}
          onMerge={() => void save(offer.id)}
          onKeepNew={() => void save()}
        />
      ) : null}
      {nameOnly ? (
        <p class="message" id="capture-name-only">
          {t('captureNameOnly')}
        </p>
      ) : null}
      {fields.map((f) => (
        <div class="field" key={f}>
          <label for={`field-${f}`}>{t(FIELD_LABEL[f])}</label>
          <input
            id={`field-${f}`}
            name={f}
            type="text"
            inputMode={inputMode(f)}
            spellcheck={false}
            value={value(f)}
            aria-invalid={errors[f] ? 'true' : undefined}
            aria-describedby={`hint-${f}`}
            onInput={(e) => setEdits({ ...edits, [f]: (e.target as HTMLInputElement).value })}
          />
          <small id={`hint-${f}`} class={errors[f] ? 'error' : 'hint'}>
            {errors[f]
              ? t('invalidField', t(FIELD_LABEL[f]), errors[f])
              : candidate[f]
                ? t('provenance', from, confidenceWord(candidate.provenance.confidence[f]))
                : t('notFound')}
          </small>
        </div>
      ))}
      <WhyBuyPickers idPrefix="capture" picks={picks} onChange={setPicks} />
      <div class="actions">
        {offer ? null : (
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('saving') : t('save')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
