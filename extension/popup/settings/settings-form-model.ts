import { type Settings, SettingsSchema } from '../../../shared/model/settings';
import { LANGS, STAGE_IDS } from '../../../shared/process/stage-list';
import type { MessageKey } from '../../ui/i18n';
import { criteriaFormFields, criteriaFromForm } from './settings-criteria-form';
import { tagFormFields, tagListsFromForm } from './settings-tag-form';

/**
 * The settings form as text fields keyed by path (`stallDays.interest`,
 * `stageNames.es.decision`), and the way back to validated settings. An empty
 * field means "use the default from the process definition". Pure.
 */
export type SettingsForm = Record<string, string>;
export type SettingsErrors = Record<string, MessageKey>;

const PER_STAGE = ['stallDays', 'winProbability', 'stageLimits'] as const;
const LINES = ['lostReasons', 'customSources'] as const;

export function formFromSettings(s: Settings): SettingsForm {
  const form: SettingsForm = {
    capacity: String(s.capacity),
    reviewCadenceDays: String(s.reviewCadenceDays),
    language: s.language,
    defaultCurrency: s.defaultCurrency,
    opportunityStage: s.opportunityStage,
    lostReasons: (s.lostReasons ?? []).join('\n'),
    customSources: s.customSources.join('\n'),
    ...tagFormFields(s),
    ...criteriaFormFields(s),
  };
  for (const lang of LANGS)
    for (const st of STAGE_IDS) form[`stageNames.${lang}.${st}`] = s.stageNames[lang]?.[st] ?? '';
  for (const key of PER_STAGE) {
    for (const st of STAGE_IDS) {
      const v = s[key][st];
      form[`${key}.${st}`] =
        v === undefined ? '' : key === 'winProbability' ? String(Math.round(v * 1000) / 10) : String(v);
    }
  }
  return form;
}

const num = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The object the schema checks: empty fields left out so the defaults apply. */
export function rawFromForm(form: SettingsForm): Record<string, unknown> {
  const v = (k: string) => (form[k] ?? '').trim();
  const raw: Record<string, unknown> = { stageNames: {} };
  for (const key of ['capacity', 'reviewCadenceDays'] as const) if (v(key)) raw[key] = num(v(key));
  for (const key of ['language', 'opportunityStage'] as const) if (v(key)) raw[key] = v(key);
  if (v('defaultCurrency')) raw.defaultCurrency = v('defaultCurrency').toUpperCase();
  for (const lang of LANGS) {
    const names: Record<string, string> = {};
    for (const st of STAGE_IDS) if (v(`stageNames.${lang}.${st}`)) names[st] = v(`stageNames.${lang}.${st}`);
    if (Object.keys(names).length) (raw.stageNames as Record<string, unknown>)[lang] = names;
  }
  for (const key of PER_STAGE) {
    const per: Record<string, number> = {};
    for (const st of STAGE_IDS) {
      const text = v(`${key}.${st}`);
      if (text) per[st] = key === 'winProbability' ? num(text) / 100 : num(text);
    }
    raw[key] = per;
  }
  for (const key of LINES) {
    const list = lines(form[key] ?? '');
    if (list.length || key === 'customSources') raw[key] = list;
  }
  return raw;
}

const MESSAGE: Record<string, MessageKey> = {
  stageNames: 'errStageName',
  stallDays: 'errStallDays',
  winProbability: 'errPercent',
  stageLimits: 'errLimit',
  capacity: 'errCapacity',
  reviewCadenceDays: 'errCadence',
  defaultCurrency: 'errCurrency',
  lostReasons: 'errLostReasons',
  customSources: 'errSources',
};

/** Validated settings, or a message key per form field in error. */
export function parseSettingsForm(
  form: SettingsForm,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const tags = tagListsFromForm(form);
  const { stageCriteria, errors: criteriaErrors } = criteriaFromForm(form);
  const parsed = SettingsSchema.safeParse({ ...rawFromForm(form), ...tags.lists, stageCriteria });
  const formErrors = { ...tags.errors, ...criteriaErrors };
  if (parsed.success && !Object.keys(formErrors).length) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = formErrors;
  if (parsed.success) return { ok: false, errors };
  for (const issue of parsed.error.issues) {
    const [top, second, third] = issue.path.map(String);
    if (top === 'painPoints' || top === 'decisionHelpers') {
      errors[`${top}.order`] ??= 'errTagLabel';
      continue;
    }
    if (top === 'stageCriteria') {
      // Too many rows, or text the form could not check (control characters): said under the
      // list, unless a row of it already says what is wrong.
      const list = `criteria.${second}.${third}.`;
      if (!Object.keys(errors).some((k) => k.startsWith(list))) errors[`${list}order`] = 'errCriteriaList';
      continue;
    }
    const field =
      top === 'stageNames'
        ? `stageNames.${second}.${third}`
        : PER_STAGE.includes(top as never)
          ? `${top}.${second}`
          : String(top);
    errors[field] ??= MESSAGE[String(top)] ?? 'errInvalid';
  }
  return { ok: false, errors };
}
