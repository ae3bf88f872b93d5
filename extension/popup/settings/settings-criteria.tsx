import { STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import { stageDefinition } from '../../../shared/process/stages';
import { type MessageKey, t } from '../../ui/i18n';
import {
  addCriteriaRow,
  CRITERIA_PARTS,
  type CriteriaPart,
  criteriaRows,
  removeCriteriaRow,
  resetStageCriteria,
} from './settings-criteria-form';
import { BilingualHeadCells, type FieldProps, SettingInput } from './settings-fields';
import type { SettingsForm } from './settings-form-model';

type Props = FieldProps & { setForm: (next: (f: SettingsForm) => SettingsForm) => void };

const PART_TITLE: Record<CriteriaPart, MessageKey> = {
  entry: 'criteriaEntry',
  exit: 'criteriaExit',
  checklist: 'criteriaChecklist',
};

const builtInName = (s: StageId) => {
  const { en, es } = stageDefinition(s).name;
  return en === es ? en : `${en} / ${es}`;
};

/** One list of one stage: a row per line, its text in both languages, remove and add. */
function CriteriaRows(props: Props & { stage: StageId; part: CriteriaPart }) {
  const { form, errors, setForm, stage, part } = props;
  const tid = `crit-${stage}-${part}`;
  const listError = errors[`criteria.${stage}.${part}.order`];
  return (
    <table class="stage-table criteria-table" data-criteria={`${stage}.${part}`}>
      <caption>
        <span class="caption-title" id={`${tid}-title`}>
          {t(PART_TITLE[part])}
        </span>
      </caption>
      <thead>
        <tr>
          <BilingualHeadCells tid={tid} />
        </tr>
      </thead>
      <tbody>
        {criteriaRows(form, stage, part).map((row) => (
          <tr key={row}>
            {(['en', 'es'] as const).map((lang) => (
              <td key={lang}>
                <SettingInput
                  {...props}
                  k={`criteria.${stage}.${part}.${row}.${lang}`}
                  labelledBy={`${tid}-title ${tid}-${lang}`}
                />
              </td>
            ))}
            <td>
              <button
                type="button"
                onClick={() => setForm((f) => removeCriteriaRow(f, stage, part, row))}
                aria-label={t(
                  'tagRemoveNamed',
                  form[`criteria.${stage}.${part}.${row}.en`] ||
                    form[`criteria.${stage}.${part}.${row}.es`] ||
                    '',
                )}
              >
                {t('tagRemove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            {listError ? (
              <small class="error" id={`set-criteria-${stage}-${part}-order`} tabIndex={-1}>
                {t(listError)}
              </small>
            ) : null}
            <button
              type="button"
              aria-label={t('criteriaAddTo', builtInName(stage), t(PART_TITLE[part]))}
              onClick={() => {
                setForm((f) => addCriteriaRow(f, stage, part));
                // The new row's English text, once drawn: the lead types straight away.
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLInputElement>(
                      `[data-criteria="${stage}.${part}"] tbody tr:last-child input`,
                    )
                    ?.focus(),
                );
              }}
            >
              {t('criteriaAdd')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Each stage's entry and exit criteria and checklist, both languages, one
 * disclosure per stage so the screen stays short. Read-only for a rep under
 * the team's process: the enclosing fieldset is disabled.
 */
export function SettingsCriteria(props: Props) {
  return (
    <fieldset class="form-section criteria-lists">
      <legend>{t('criteriaTitle')}</legend>
      <p class="hint">{t('criteriaHint')}</p>
      {STAGE_IDS.map((stage) => (
        <details key={stage} data-stage-criteria={stage}>
          <summary>{t('criteriaStageSummary', builtInName(stage))}</summary>
          {CRITERIA_PARTS.map((part) => (
            <CriteriaRows key={part} {...props} stage={stage} part={part} />
          ))}
          <button
            type="button"
            aria-label={t('criteriaResetNamed', builtInName(stage))}
            onClick={() => props.setForm((f) => resetStageCriteria(f, stage))}
          >
            {t('criteriaReset')}
          </button>
        </details>
      ))}
    </fieldset>
  );
}
