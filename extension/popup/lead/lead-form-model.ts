import { EDITABLE_FIELDS, type EditableField } from '../../../shared/model/contact-fields';
import { BUILTIN_SOURCES, type Lead, LeadSchema } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import type { LeadEdit } from '../../data/leads/lead-edits';
import type { MessageKey } from '../../ui/i18n';

/**
 * The lead form as text fields, and the way back to a validated edit. Pure:
 * the same rules run in tests. Nothing reaches the database unless it passes
 * LeadSchema; every problem is reported next to its field as a message key.
 */
export type LeadForm = Record<EditableField, string>;
export type FieldErrors = Partial<Record<EditableField, MessageKey>>;
type ParsedForm = { ok: true; edit: LeadEdit } | { ok: false; errors: FieldErrors };

const NUMERIC = new Set<EditableField>(['value', 'quality']);
const URL_FIELDS = new Set<EditableField>(['linkedinUrl', 'website', 'threadUrl', 'avatarUrl']);

export function emptyForm(settings: Pick<Settings, 'defaultCurrency'>, source = 'manual'): LeadForm {
  const form = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, ''])) as LeadForm;
  return { ...form, kind: 'person', source, currency: settings.defaultCurrency };
}

export function formFromLead(lead: Lead): LeadForm {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((f) => [f, lead[f] === undefined ? '' : String(lead[f])]),
  ) as LeadForm;
}

/** Sources offered in the form: built-in, the team's own, and the lead's current one if it is neither. */
export function sourceOptions(settings: Pick<Settings, 'customSources'>, current?: string): string[] {
  return [...new Set([...BUILTIN_SOURCES, ...settings.customSources, ...(current ? [current] : [])])];
}

/** "1234", "1234.5" and "1234,5" (Spanish decimal comma) are numbers; anything else is not. */
export function parseAmount(raw: string): number {
  const s = raw.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

function messageFor(field: EditableField, code: string): MessageKey {
  if (field === 'name' && code !== 'too_big') return 'errRequired';
  if (code === 'too_big' && !NUMERIC.has(field)) return 'errTooLong';
  if (field === 'email') return 'errEmail';
  if (URL_FIELDS.has(field)) return 'errUrl';
  if (field === 'value') return code === 'too_small' ? 'errNegative' : 'errNumber';
  if (field === 'quality') return 'errQuality';
  if (field === 'currency') return 'errCurrency';
  if (field === 'nextStepDue') return 'errDate';
  if (field === 'source') return 'errSource';
  return 'errInvalid';
}

const EDIT_SCHEMA = LeadSchema.pick(
  Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, true])) as Record<EditableField, true>,
);

/**
 * Form text → a validated edit. Empty fields clear the value. `badInput`
 * lists fields the browser could not read (a half-typed date), which count as errors.
 */
export function parseForm(form: LeadForm, badInput: readonly EditableField[] = []): ParsedForm {
  const raw: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) {
    const text = (form[f] ?? '').trim();
    if (text === '') continue;
    if (f === 'value') raw[f] = parseAmount(text);
    else if (f === 'quality') raw[f] = Number(text);
    else if (f === 'currency') raw[f] = text.toUpperCase();
    else raw[f] = text;
  }
  const errors: FieldErrors = {};
  for (const f of badInput) errors[f] = messageFor(f, 'bad_input');
  if (typeof raw.value === 'number' && Number.isNaN(raw.value)) errors.value = 'errNumber';
  const parsed = EDIT_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as EditableField;
      errors[f] ??= messageFor(f, issue.code);
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  // Every editable field is named, so a cleared field is cleared in the database too.
  const edit = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, parsed.data[f]])) as LeadEdit;
  return { ok: true, edit };
}

type NextStepEdit = Pick<LeadEdit, 'nextStep' | 'nextStepDue'>;

/**
 * Only the next step and its date, by the form's own rules: the quick "set
 * next step" of the detail and the page's lead card change nothing else.
 * `badDue` is a date the browser could not read (half typed).
 */
export function parseNextStep(
  nextStep: string,
  due: string,
  badDue = false,
): { ok: true; edit: NextStepEdit } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const raw = { nextStep: nextStep.trim() || undefined, nextStepDue: due.trim() || undefined };
  const parsed = EDIT_SCHEMA.pick({ nextStep: true, nextStepDue: true }).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as 'nextStep' | 'nextStepDue';
      errors[f] ??= messageFor(f, issue.code);
    }
  }
  if (badDue) errors.nextStepDue = 'errDate';
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, edit: { nextStep: parsed.data.nextStep, nextStepDue: parsed.data.nextStepDue } };
}
