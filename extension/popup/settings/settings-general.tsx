import { STAGE_IDS } from '../../../shared/process/stage-list';
import { DEFAULT_LOST_REASONS } from '../../../shared/process/stages';
import { type MessageKey, t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { type FieldProps, SettingInput } from './settings-fields';

function Lines({
  form,
  errors,
  onChange,
  k,
  label,
  hint,
}: FieldProps & { k: string; label: MessageKey; hint: string }) {
  const id = `set-${k}`;
  const error = errors[k];
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <textarea
        id={id}
        rows={4}
        value={form[k] ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onInput={(e) => onChange(k, e.currentTarget.value)}
      />
      <small id={`${id}-hint`} class="hint">
        {hint}
      </small>
      {error ? (
        <small id={`${id}-error`} class="error">
          {t(error)}
        </small>
      ) : null}
    </div>
  );
}

/**
 * Language, capacity, the opportunity stage, review cadence, currency, lost
 * reasons and sources. `locked`: the team's process decides all but the
 * language, which stays the rep's own.
 */
export function SettingsGeneral(props: FieldProps & { locked?: boolean }) {
  const { form, onChange } = props;
  const lang = uiLang();
  return (
    <fieldset class="form-section">
      <legend>{t('settingsGeneral')}</legend>
      <div class="field">
        <label for="set-language">{t('languageLabel')}</label>
        <select
          id="set-language"
          value={form.language}
          onChange={(e) => onChange('language', e.currentTarget.value)}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </div>
      <fieldset class="process-lock" disabled={props.locked}>
        <div class="field">
          <SettingInput {...props} k="capacity" label="capacityLabel" mode="numeric" />
        </div>
        <div class="field">
          <label for="set-opportunityStage">{t('opportunityStageLabel')}</label>
          <select
            id="set-opportunityStage"
            value={form.opportunityStage}
            onChange={(e) => onChange('opportunityStage', e.currentTarget.value)}
          >
            {STAGE_IDS.map((s) => (
              <option key={s} value={s}>
                {stageName(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <SettingInput {...props} k="reviewCadenceDays" label="reviewCadenceLabel" mode="numeric" />
        </div>
        <div class="field">
          <SettingInput {...props} k="defaultCurrency" label="defaultCurrencyLabel" />
        </div>
        <Lines
          {...props}
          k="lostReasons"
          label="lostReasonsLabel"
          hint={t('lostReasonsHint', DEFAULT_LOST_REASONS.map((r) => r[lang]).join(', '))}
        />
        <Lines {...props} k="customSources" label="customSourcesLabel" hint={t('customSourcesHint')} />
      </fieldset>
    </fieldset>
  );
}
