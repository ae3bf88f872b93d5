import type { Settings } from '../../../shared/model/settings';
import { resolveProcess } from '../../../shared/process/resolve-settings';
import { type Bilingual, LANGS, STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import { STAGES, stageDefinition } from '../../../shared/process/stages';
import { newTagId } from '../../../shared/process/why-buy-lists';
import type { SettingsErrors, SettingsForm } from './settings-form-model';

/**
 * Each stage's entry/exit criteria and checklist in the settings form's flat
 * text fields: `criteria.<stage>.<part>.order` holds the row keys in order and
 * `criteria.<stage>.<part>.<row>.en|es` the texts. A checklist row's key is
 * its item's id, so an edited item keeps its id (the playbook keeps ticks by
 * it); a row added here starts with "+" (never an id) and gets a fresh id on
 * save; a removed row just goes. Pure.
 */
export const CRITERIA_PARTS = ['entry', 'exit', 'checklist'] as const;
export type CriteriaPart = (typeof CRITERIA_PARTS)[number];
type StageCriteria = NonNullable<Settings['stageCriteria']>;

const ADDED_PREFIX = '+';
/** Same limit as the schema's, checked here too so the error sits on the field. */
const TEXT_MAX = 200;
const base = (stage: StageId, part: CriteriaPart) => `criteria.${stage}.${part}`;

function rowsOf(stage: {
  entry: Bilingual[];
  exit: Bilingual[];
  checklist: { id: string; text: Bilingual }[];
}) {
  return {
    entry: stage.entry.map((text, i) => ({ key: `r${i + 1}`, text })),
    exit: stage.exit.map((text, i) => ({ key: `r${i + 1}`, text })),
    checklist: stage.checklist.map((c) => ({ key: c.id, text: c.text })),
  };
}

function stageFields(stage: Parameters<typeof rowsOf>[0] & { id: StageId }): SettingsForm {
  const form: SettingsForm = {};
  const rows = rowsOf(stage);
  for (const part of CRITERIA_PARTS) {
    form[`${base(stage.id, part)}.order`] = rows[part].map((r) => r.key).join(',');
    for (const r of rows[part])
      for (const lang of LANGS) form[`${base(stage.id, part)}.${r.key}.${lang}`] = r.text[lang];
  }
  return form;
}

export function criteriaFormFields(s: Settings): SettingsForm {
  return Object.assign({}, ...resolveProcess(s).stages.map(stageFields));
}

/** The stage's rows put back to the process definition's ("Reset to the built-in"). */
export function resetStageCriteria(form: SettingsForm, stage: StageId): SettingsForm {
  const kept = Object.entries(form).filter(([k]) => !k.startsWith(`criteria.${stage}.`));
  return { ...Object.fromEntries(kept), ...stageFields(stageDefinition(stage)) };
}

export function criteriaRows(form: SettingsForm, stage: StageId, part: CriteriaPart): string[] {
  return (form[`${base(stage, part)}.order`] ?? '').split(',').filter(Boolean);
}

export function addCriteriaRow(form: SettingsForm, stage: StageId, part: CriteriaPart): SettingsForm {
  const rows = criteriaRows(form, stage, part);
  let n = 1;
  while (rows.includes(`${ADDED_PREFIX}${n}`)) n++;
  const row = `${ADDED_PREFIX}${n}`;
  const b = base(stage, part);
  return {
    ...form,
    [`${b}.order`]: [...rows, row].join(','),
    [`${b}.${row}.en`]: '',
    [`${b}.${row}.es`]: '',
  };
}

export function removeCriteriaRow(
  form: SettingsForm,
  stage: StageId,
  part: CriteriaPart,
  row: string,
): SettingsForm {
  const b = base(stage, part);
  const { [`${b}.${row}.en`]: _en, [`${b}.${row}.es`]: _es, ...rest } = form;
  return {
    ...rest,
    [`${b}.order`]: criteriaRows(form, stage, part)
      .filter((r) => r !== row)
      .join(','),
  };
}

/**
 * The overrides for the schema, or the errors of rows left empty or too long.
 * Text in one language only is used for both. A part equal to the built-in one
 * is left out, so a team that never edited a stage follows the definition.
 */
export function criteriaFromForm(form: SettingsForm): {
  stageCriteria?: StageCriteria;
  errors: SettingsErrors;
} {
  const errors: SettingsErrors = {};
  const out: StageCriteria = {};
  // Fresh ids are unique across every stage, built-in ids included: the playbook's element ids and ticks use them.
  const taken = [
    ...STAGES.flatMap((s) => s.checklist.map((c) => c.id)),
    ...STAGE_IDS.flatMap((s) => criteriaRows(form, s, 'checklist')),
  ];
  for (const def of STAGES) {
    const parts: Record<CriteriaPart, { key: string; text: Bilingual }[]> = {
      entry: [],
      exit: [],
      checklist: [],
    };
    for (const part of CRITERIA_PARTS) {
      for (const row of criteriaRows(form, def.id, part)) {
        const field = `${base(def.id, part)}.${row}`;
        const en = (form[`${field}.en`] ?? '').trim();
        const es = (form[`${field}.es`] ?? '').trim();
        if (!en && !es) errors[`${field}.en`] = 'errCriterionText';
        else if (en.length > TEXT_MAX || es.length > TEXT_MAX)
          errors[`${field}.${en.length > TEXT_MAX ? 'en' : 'es'}`] = 'errCriterionText';
        let key = row;
        if (part === 'checklist' && row.startsWith(ADDED_PREFIX)) {
          key = newTagId(`${def.id} ${en || es}`, taken);
          taken.push(key);
        }
        parts[part].push({ key, text: { en: en || es, es: es || en } });
      }
    }
    const over: StageCriteria[StageId] = {};
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const entry = parts.entry.map((r) => r.text);
    const exit = parts.exit.map((r) => r.text);
    const checklist = parts.checklist.map((r) => ({ id: r.key, text: r.text }));
    if (!same(entry, def.entry)) over.entry = entry;
    if (!same(exit, def.exit)) over.exit = exit;
    if (!same(checklist, def.checklist)) over.checklist = checklist;
    if (Object.keys(over).length) out[def.id] = over;
  }
  return Object.keys(out).length ? { stageCriteria: out, errors } : { errors };
}
