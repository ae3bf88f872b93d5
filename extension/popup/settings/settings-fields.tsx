import type { ComponentChildren } from 'preact';
import { STAGE_IDS } from '../../../shared/process/stage-list';
import { stageDefinition } from '../../../shared/process/stages';
import { type MessageKey, t } from '../../ui/i18n';
import type { SettingsErrors, SettingsForm } from './settings-form-model';

export interface FieldProps {
  form: SettingsForm;
  errors: SettingsErrors;
  onChange: (key: string, value: string) => void;
}

const fieldId = (key: string) => `set-${key.replace(/\./g, '-')}`;

/** An input bound to a form key, with its error announced next to it. */
export function SettingInput(
  props: FieldProps & {
    k: string;
    label?: MessageKey;
    labelledBy?: string;
    placeholder?: string;
    mode?: 'numeric' | 'decimal' | 'text';
  },
) {
  const id = fieldId(props.k);
  const error = props.errors[props.k];
  return (
    <>
      {props.label ? <label for={id}>{t(props.label)}</label> : null}
      <input
        id={id}
        type="text"
        inputMode={props.mode ?? 'text'}
        value={props.form[props.k] ?? ''}
        placeholder={props.placeholder}
        aria-labelledby={props.labelledBy}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => props.onChange(props.k, e.currentTarget.value)}
      />
      {error ? (
        <small id={`${id}-error`} class="error">
          {t(error)}
        </small>
      ) : null}
    </>
  );
}

/** A table with one row per stage: each cell an input labelled by its row and column headers. */
export function StageTable(
  props: FieldProps & {
    caption: MessageKey;
    columns: {
      key: string;
      label: string;
      placeholder: (stage: (typeof STAGE_IDS)[number]) => string;
      mode?: 'numeric' | 'decimal' | 'text';
    }[];
    note?: ComponentChildren;
  },
) {
  const tid = `tbl-${props.caption}`;
  return (
    <table class="stage-table">
      <caption>
        <span class="caption-title">{t(props.caption)}</span>
        {props.note ? <small class="hint caption-hint">{props.note}</small> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('stageColumn')}</th>
          {props.columns.map((c, i) => (
            <th scope="col" id={`${tid}-c${i}`} key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {STAGE_IDS.map((stage) => (
          <tr key={stage}>
            <th scope="row" id={`${tid}-${stage}`}>
              {stageDefinition(stage).name.en === stageDefinition(stage).name.es
                ? stageDefinition(stage).name.en
                : `${stageDefinition(stage).name.en} / ${stageDefinition(stage).name.es}`}
            </th>
            {props.columns.map((c, i) => (
              <td key={c.key}>
                <SettingInput
                  form={props.form}
                  errors={props.errors}
                  onChange={props.onChange}
                  k={`${c.key}.${stage}`}
                  labelledBy={`${tid}-${stage} ${tid}-c${i}`}
                  placeholder={c.placeholder(stage)}
                  mode={c.mode}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The column heads of a list edited in both languages: English, Español (ids `<tid>-en|es` label the inputs) and remove. */
export function BilingualHeadCells({ tid }: { tid: string }) {
  return (
    <>
      <th scope="col" id={`${tid}-en`}>
        English
      </th>
      <th scope="col" id={`${tid}-es`}>
        Español
      </th>
      <th scope="col">
        <span class="visually-hidden">{t('tagRemove')}</span>
      </th>
    </>
  );
}
