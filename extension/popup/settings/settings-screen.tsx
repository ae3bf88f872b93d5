import './settings.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { STAGE_IDS } from '../../../shared/process/stage-list';
import { stageDefinition } from '../../../shared/process/stages';
import { getDb } from '../../data/db';
import { loadSettings, saveSettings } from '../../data/settings/settings-repository';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { setSettings, settings } from '../settings-store';
import { showNotice } from '../ui/notice-store';
import { PageButtonSection } from './page-button-section';
import { StageTable } from './settings-fields';
import {
  formFromSettings,
  parseSettingsForm,
  type SettingsErrors,
  type SettingsForm,
} from './settings-form-model';
import { SettingsGeneral } from './settings-general';
import { SettingsTagLists } from './settings-tag-lists';
import { TeamSection } from './team-section';

/** The team's process: stage names, thresholds, capacity, reasons, sources, cadence and language. */
export default function SettingsScreen() {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings.value));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  const touched = useRef(false);
  useEffect(() => {
    // The form starts from the validated row (the first screen read it without checks),
    // unless the rep has already started typing.
    loadSettings(getDb()).then((s) => touched.current || setForm(formFromSettings(s)));
  }, []);
  const onChange = (key: string, value: string) => {
    touched.current = true;
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const fields = { form, errors, onChange };
  const save = async () => {
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      if (first) document.getElementById(`set-${first.replace(/\./g, '-')}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const res = await saveSettings(getDb(), parsed.settings);
      if (!res.ok) return;
      await setSettings(res.settings);
      await refreshAfterWrite();
      setForm(formFromSettings(res.settings));
      showNotice({ text: t('settingsSaved') });
    } finally {
      setSaving(false);
    }
  };
  const def = (s: (typeof STAGE_IDS)[number]) => stageDefinition(s);
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('screenSettings')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {Object.keys(errors).length ? (
          <p class="message message-warn" role="alert">
            {t('fixErrors')}
          </p>
        ) : null}
        <SettingsGeneral {...fields} />
        <StageTable
          {...fields}
          caption="stageNamesCaption"
          note={t('emptyMeansDefault')}
          columns={[
            { key: 'stageNames.en', label: 'English', placeholder: (s) => def(s).name.en },
            { key: 'stageNames.es', label: 'Español', placeholder: (s) => def(s).name.es },
          ]}
        />
        <StageTable
          {...fields}
          caption="stageRulesCaption"
          note={t('emptyMeansDefault')}
          columns={[
            {
              key: 'stallDays',
              label: t('stallDaysColumn'),
              placeholder: (s) => String(def(s).stallDays),
              mode: 'numeric',
            },
            {
              key: 'winProbability',
              label: t('winProbabilityColumn'),
              placeholder: (s) => String(def(s).winProbability * 100),
              mode: 'decimal',
            },
            {
              key: 'stageLimits',
              label: t('stageLimitColumn'),
              placeholder: () => t('noLimit'),
              mode: 'numeric',
            },
          ]}
        />
        <SettingsTagLists
          {...fields}
          setForm={(next) => {
            touched.current = true;
            setForm(next);
          }}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? t('saving') : t('saveSettings')}
          </button>
          <button type="button" onClick={() => setForm(formFromSettings(settings.value))}>
            {t('discardChanges')}
          </button>
        </div>
      </form>
      <PageButtonSection />
      <TeamSection />
    </section>
  );
}
