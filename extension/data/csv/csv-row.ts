import { canonicalLinkedinUrl } from '../../../shared/capture/normalize';
import { fromZodIssue, type Problem, problem, quoted } from '../../../shared/files/file-problems';
import { CONTACT_FIELDS } from '../../../shared/model/contact-fields';
import { type Lead, LeadSchema } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import { resolveProcess } from '../../../shared/process/resolve-settings';
import type { CsvField, CsvMapping } from './csv-mapping';
import type { CsvRow, RowError } from './csv-parse';
import { readTagCell } from './csv-tags';
import {
  readAmount,
  readCurrency,
  readDate,
  readKind,
  readSource,
  readStatus,
  readText,
  readWebUrl,
  stageReader,
} from './csv-values';

export interface RowContext {
  settings: Settings;
  /** Read from the file's separator: `;` files use a decimal comma and day-first dates. */
  decimalComma: boolean;
  now: number;
  /** Makes ids for new leads; tests pass a counter. */
  newId: () => string;
}

/** A row read into a whole lead, with the lead fields its cells actually filled. */
export interface RowLead {
  row: number;
  lead: Lead;
  provided: (keyof Lead)[];
}

/** Lead fields a CSV cell can set on a lead that already exists (stage and status move only in the pipeline). */
export const UPDATABLE: readonly (keyof Lead)[] = [
  ...CONTACT_FIELDS,
  'lostReason',
  'value',
  'currency',
  'nextStep',
  'nextStepDue',
  'notes',
  'painPointIds',
  'decisionHelperIds',
  'painPoints',
  'decisionHelpers',
];

export function rowReader(mapping: CsvMapping, ctx: RowContext) {
  const readStage = stageReader(ctx.settings);
  const process = resolveProcess(ctx.settings);
  const columns = new Map<CsvField, number>();
  mapping.forEach((f, i) => {
    if (f) columns.set(f, i);
  });

  return (row: CsvRow): { ok: true; value: RowLead } | { ok: false; error: RowError } => {
    const cell = (f: CsvField) => {
      const at = columns.get(f);
      return at === undefined ? '' : readText(row.cells[at]);
    };
    const problems: Problem[] = [];
    const read = <T>(field: CsvField, value: T | null | undefined, what: string): T | undefined => {
      if (value !== null) return value;
      // Quoted, not whole: a huge cell stays a short message.
      const shown = quoted(cell(field));
      problems.push(problem(field, 'unreadable', `${what}: ${JSON.stringify(shown)}`, [shown]));
      return undefined;
    };
    const email = cell('email').toLowerCase() || undefined;
    const li = cell('linkedinUrl');
    const fields: Partial<Lead> = {
      id: cell('id') || undefined,
      name: cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' '),
      kind: read('kind', readKind(cell('kind')), 'not person or company'),
      email,
      company: cell('company') || undefined,
      headline: cell('headline') || undefined,
      location: cell('location') || undefined,
      industry: cell('industry') || undefined,
      linkedinUrl: li ? (canonicalLinkedinUrl(li) ?? li) : undefined,
      website: readWebUrl(cell('website')),
      source: readSource(cell('source')),
      stage: read('stage', readStage(cell('stage')), 'not a stage'),
      status: read('status', readStatus(cell('status')), 'not open, won or lost'),
      lostReason: cell('lostReason') || undefined,
      value: read('value', readAmount(cell('value'), ctx.decimalComma), 'not an amount'),
      currency: readCurrency(cell('currency')),
      nextStep: cell('nextStep') || undefined,
      nextStepDue: read('nextStepDue', readDate(cell('nextStepDue'), ctx.decimalComma), 'not a date'),
      notes: cell('notes') || undefined,
    };
    // Labels the team's lists do not know stay on the lead as free text, never dropped.
    const pains = readTagCell(cell('painPointIds'), process.painPoints);
    const helpers = readTagCell(cell('decisionHelperIds'), process.decisionHelpers);
    Object.assign(fields, {
      painPointIds: pains.ids,
      painPoints: pains.unknown,
      decisionHelperIds: helpers.ids,
      decisionHelpers: helpers.unknown,
    });
    // Defaults first, then every filled cell over them: one object, no intermediate copies
    // (this runs for every row of a 10,000-row file).
    const input: Record<string, unknown> = {
      kind: 'person',
      source: 'import',
      stage: 'awareness',
      status: 'open',
      currency: ctx.settings.defaultCurrency,
    };
    const provided: (keyof Lead)[] = [];
    for (const k in fields) {
      const v = fields[k as keyof Lead];
      if (v === undefined) continue;
      input[k] = v;
      provided.push(k as keyof Lead);
    }
    input.id = fields.id ?? ctx.newId();
    input.createdAt = ctx.now;
    input.updatedAt = ctx.now;
    input.stageChangedAt = ctx.now;
    const parsed = LeadSchema.safeParse(input);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => fromZodIssue(i)));
    if (problems.length || !parsed.success) return { ok: false, error: { row: row.row, problems } };
    return { ok: true, value: { row: row.row, lead: parsed.data, provided } };
  };
}
