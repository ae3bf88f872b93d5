import type { EditableField } from '../../../shared/model/contact-fields';
import type { Settings } from '../../../shared/model/settings';
import { type MessageKey, sourceLabel, t } from '../../ui/i18n';
import { type FieldErrors, type LeadForm, sourceOptions } from './lead-form-model';

type Kind = 'text' | 'email' | 'url' | 'amount' | 'date' | 'area' | 'select';
interface Spec {
  field: EditableField;
  label: MessageKey;
  kind: Kind;
}

const s = (field: EditableField, label: MessageKey, kind: Kind = 'text'): Spec => ({ field, label, kind });
const SECTIONS: { legend: MessageKey; fields: Spec[]; folded?: boolean }[] = [
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
  {
    legend: 'sectionDeal',
    fields: [
      s('source', 'fieldSource', 'select'),
      s('value', 'fieldValue', 'amount'),
      s('currency', 'fieldCurrency'),
      s('quality', 'fieldQuality', 'select'),
      s('nextStep', 'fieldNextStep'),
      s('nextStepDue', 'fieldNextStepDue', 'date'),
    ],
  },
  {
    legend: 'sectionNotes',
    fields: [
      s('painPoints', 'fieldPainPoints', 'area'),
      s('decisionHelpers', 'fieldDecisionHelpers', 'area'),
      s('notes', 'fieldNotes', 'area'),
    ],
  },
  {
    legend: 'sectionMore',
    folded: true,
    fields: [
      s('subject', 'fieldSubject'),
      s('threadUrl', 'fieldThreadUrl', 'url'),
      s('avatarUrl', 'fieldAvatarUrl', 'url'),
    ],
  },
];

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
  form: LeadForm;
  errors: FieldErrors;
  settings: Settings;
  onChange: (field: EditableField, value: string) => void;
}

/** Every editable field of a lead, grouped; each error is shown and announced next to its field. */
export function LeadFormFields({ form, errors, settings, onChange }: Props) {
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
        {error ? (
          <small id={`${id}-error`} class="error">
            {t(error)}
          </small>
        ) : null}
      </div>
    );
  };
  return (
    <>
      {SECTIONS.map((sec) =>
        sec.folded ? (
          <details key={sec.legend} class="form-section" open={sec.fields.some((f) => errors[f.field])}>
            <summary>{t(sec.legend)}</summary>
            {sec.fields.map(field)}
          </details>
        ) : (
          <fieldset key={sec.legend} class="form-section">
            <legend>{t(sec.legend)}</legend>
            {sec.fields.map(field)}
          </fieldset>
        ),
      )}
    </>
  );
}
