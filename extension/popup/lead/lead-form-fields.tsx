import type { ComponentChildren } from 'preact';
import type { EditableField } from '../../../shared/model/contact-fields';
import type { Settings } from '../../../shared/model/settings';
import { type MessageKey, sourceLabel, t } from '../../ui/i18n';
import { Disclosure } from '../ui/disclosure';
import { FieldError } from '../ui/field-error';
import { type FieldErrors, type LeadForm, sourceOptions } from './lead-form-model';

type Kind = 'text' | 'email' | 'url' | 'amount' | 'date' | 'area' | 'select';
interface Spec {
  field: EditableField;
  label: MessageKey;
  kind: Kind;
}

const s = (field: EditableField, label: MessageKey, kind: Kind = 'text'): Spec => ({ field, label, kind });
type Section = { legend: MessageKey; fields: Spec[]; folded?: boolean; essentials?: boolean; slot?: boolean };

const DEAL: Spec[] = [
  s('value', 'fieldValue', 'amount'),
  s('currency', 'fieldCurrency'),
  s('quality', 'fieldQuality', 'select'),
  s('nextStep', 'fieldNextStep'),
  s('nextStepDue', 'fieldNextStepDue', 'date'),
];
const NOTES: Spec[] = [
  s('painPoints', 'fieldPainPoints', 'area'),
  s('decisionHelpers', 'fieldDecisionHelpers', 'area'),
  s('notes', 'fieldNotes', 'area'),
];
const RARE: Spec[] = [
  s('subject', 'fieldSubject'),
  s('threadUrl', 'fieldThreadUrl', 'url'),
  s('avatarUrl', 'fieldAvatarUrl', 'url'),
];

/**
 * The one lead form in two modes. Editing shows every field by topic. Adding
 * shows what a referral or a call gives (name, company, how to reach them,
 * source, stage) with its button in view; the rest waits behind "More fields".
 */
export const FORM_SECTIONS: Record<'add' | 'edit', Section[]> = {
  edit: [
    {
      legend: 'sectionContact',
      fields: [
        s('name', 'fieldName'),
        s('kind', 'fieldKind', 'select'),
        s('company', 'fieldCompany'),
        s('headline', 'fieldHeadline'),
        s('location', 'fieldLocation'),
        s('industry', 'fieldIndustry'),
        s('email', 'fieldEmail', 'email'),
        s('linkedinUrl', 'fieldLinkedinUrl', 'url'),
        s('website', 'fieldWebsite', 'url'),
      ],
    },
    { legend: 'sectionDeal', fields: [s('source', 'fieldSource', 'select'), ...DEAL] },
    // The team's pain-point and decision-helper chips go beside the free text of the same name.
    { legend: 'sectionNotes', fields: NOTES, slot: true },
    { legend: 'sectionMore', folded: true, fields: RARE },
  ],
  add: [
    {
      legend: 'sectionEssentials',
      essentials: true,
      fields: [
        s('name', 'fieldName'),
        s('company', 'fieldCompany'),
        s('email', 'fieldEmail', 'email'),
        s('linkedinUrl', 'fieldLinkedinUrl', 'url'),
        s('source', 'fieldSource', 'select'),
      ],
    },
    {
      legend: 'moreFields',
      folded: true,
      slot: true,
      fields: [
        s('kind', 'fieldKind', 'select'),
        s('headline', 'fieldHeadline'),
        s('location', 'fieldLocation'),
        s('industry', 'fieldIndustry'),
        s('website', 'fieldWebsite', 'url'),
        ...DEAL,
        ...NOTES,
        ...RARE,
      ],
    },
  ],
};

function options(
  field: EditableField,
  settings: Settings,
  current: string,
): { value: string; label: string }[] {
  if (field === 'kind')
    return [
      { value: 'person', label: t('kindPerson') },
      { value: 'company', label: t('kindCompany') },
    ];
  if (field === 'quality') {
    return [
      { value: '', label: t('qualityNone') },
      ...[1, 2, 3, 4, 5].map((q) => ({ value: String(q), label: t('qualityOf', q) })),
    ];
  }
  return sourceOptions(settings, current).map((v) => ({ value: v, label: sourceLabel(v) }));
}

interface Props {
  mode: 'add' | 'edit';
  form: LeadForm;
  errors: FieldErrors;
  settings: Settings;
  onChange: (field: EditableField, value: string) => void;
  /** Drawn at the end of the essentials (the stage picker when adding). */
  essentialsEnd?: ComponentChildren;
  /** Room for pickers other features add to the deal fields (e.g. reasons to buy). */
  dealSlot?: ComponentChildren;
}

/** The lead's editable fields for one mode, grouped; each error is shown and announced next to its field. */
export function LeadFormFields({ mode, form, errors, settings, onChange, essentialsEnd, dealSlot }: Props) {
  const field = ({ field: f, label, kind }: Spec) => {
    const id = `lead-${f}`;
    const error = errors[f];
    const common = {
      id,
      name: f,
      value: form[f],
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      onInput: (e: Event) => onChange(f, (e.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class={`field field-${kind}`} key={f}>
        <label for={id}>{t(label)}</label>
        {kind === 'area' ? (
          <textarea {...common} rows={3} />
        ) : kind === 'select' ? (
          <select {...common} onChange={common.onInput}>
            {options(f, settings, form[f]).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : kind === 'date' ? (
          <input {...common} type="date" />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={
              kind === 'amount' ? 'decimal' : kind === 'email' ? 'email' : kind === 'url' ? 'url' : 'text'
            }
            spellcheck={kind === 'text'}
            required={f === 'name'}
            aria-required={f === 'name' ? 'true' : undefined}
          />
        )}
        <FieldError fieldId={id} error={error} />
      </div>
    );
  };
  return (
    <>
      {FORM_SECTIONS[mode].map((sec) =>
        sec.folded ? (
          <Disclosure
            key={sec.legend}
            class="form-section"
            summary={t(sec.legend)}
            forceOpen={sec.fields.some((f) => errors[f.field])}
          >
            {sec.fields.map(field)}
            {sec.slot ? dealSlot : null}
          </Disclosure>
        ) : (
          <fieldset key={sec.legend} class={sec.essentials ? 'form-section essentials' : 'form-section'}>
            <legend class={sec.essentials ? 'visually-hidden' : undefined}>{t(sec.legend)}</legend>
            {sec.fields.map(field)}
            {sec.essentials ? essentialsEnd : null}
            {sec.slot ? dealSlot : null}
          </fieldset>
        ),
      )}
    </>
  );
}
