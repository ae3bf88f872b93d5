import './settings.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { STAGE_IDS } from '../../../shared/process/stage-list';
import { stageDefinition } from '../../../shared/process/stages';
import { getDb } from '../../data/db';
import { loadSettings, saveSettings } from '../../data/settings/settings-repository';
import { NO_SYNC_STATE } from '../../data/sync/sync-state';
import { t, uiLang } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { setSettings, settings } from '../settings-store';
import { showNotice } from '../ui/notice-store';
import { PageButtonSection } from './page-button-section';
import { processMode } from './process-mode';
import { SettingsCriteria } from './settings-criteria';
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
import { saveForTeam, team } from './team-store';

/** The team's process: stage names, thresholds, capacity, reasons, sources, cadence and language. */
export default function SettingsScreen() {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings.value));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  /** The server refused this browser's "Save for the team". */
  const [refused, setRefused] = useState(false);
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
  const editForm = (next: (f: SettingsForm) => SettingsForm) => {
    touched.current = true;
    setForm(next);
  };
  const view = team.value;
  const config = view?.config;
  const mode = processMode(Boolean(config), view?.state ?? NO_SYNC_STATE, view?.process);
  const locked = mode === 'team';
  const save = async () => {
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      const field = first ? document.getElementById(`set-${first.replace(/\./g, '-')}`) : null;
      // A stage's criteria sit in a closed disclosure: open it so the field can take focus.
      field?.closest('details')?.setAttribute('open', '');
      field?.focus();
      return;
    }
    setSaving(true);
    try {
      const forTeam = mode === 'lead' && config;
      const res = forTeam
        ? await saveForTeam(parsed.settings, config.name)
        : await saveSettings(getDb(), parsed.settings);
      if (!res.ok) return;
      const refused = 'refused' in res && res.refused === true;
      setRefused(refused);
      await setSettings(res.settings);
      await refreshAfterWrite();
      setForm(formFromSettings(res.settings));
      if (!refused) showNotice({ text: t(forTeam ? 'teamProcessSaved' : 'settingsSaved') });
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
        {locked && view?.process ? (
          <p class="hint" id="team-process-note">
            {t(
              'teamProcessSetBy',
              view.process.owner,
              new Date(view.process.updatedAt).toLocaleDateString(uiLang()),
            )}
          </p>
        ) : mode === 'lead' ? (
          <p class="hint" id="team-process-note">
            {t('teamProcessLeadHint')}
          </p>
        ) : null}
        <SettingsGeneral {...fields} locked={locked} />
        <fieldset class="process-lock" disabled={locked}>
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
          <SettingsTagLists {...fields} setForm={editForm} />
          <SettingsCriteria {...fields} setForm={editForm} />
        </fieldset>
        {refused ? (
          <p class="message message-warn" role="alert" id="team-process-problem">
            {t('syncErrorProcessRefused')}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? t('saving') : t(mode === 'lead' ? 'teamProcessSave' : 'saveSettings')}
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
