import Papa from 'papaparse';
import type { Lead } from '../../../shared/model/lead';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { isoOrEmpty } from '../../../shared/model/time-range';
import { resolveProcess } from '../../../shared/process/resolve-settings';
import type { Lang } from '../../../shared/process/stage-list';
import { tagCell } from './csv-tags';

export type CsvDelimiter = ',' | ';';

interface CsvExportOptions {
  /** `;` for a Spanish (or other comma-decimal) Excel; it also switches numbers to a decimal comma. */
  delimiter?: CsvDelimiter;
  /** Language of the stage names in the Stage column. */
  lang?: Lang;
  settings?: Settings;
}

interface Ctx {
  stageName: (l: Lead) => string;
  painPoints: (l: Lead) => string;
  decisionHelpers: (l: Lead) => string;
  decimalComma: boolean;
}

// A time outside the range (stored before times were bounded) is an empty cell, never a thrown RangeError.
const day = (at: number) => isoOrEmpty(at).slice(0, 10);
const splitName = (name: string): [string, string] => {
  const at = name.trim().lastIndexOf(' ');
  return at > 0 ? [name.slice(0, at).trim(), name.slice(at + 1)] : [name.trim(), ''];
};

/**
 * The columns, in order. Headers are the names HubSpot's and Pipedrive's
 * importers match on their own where they have such a field (docs/backup-format.md
 * lists the mapping); `Embudo ID` lets a re-import update rather than duplicate.
 */
export const CSV_COLUMNS: readonly { header: string; value: (l: Lead, c: Ctx) => string | undefined }[] = [
  { header: 'Embudo ID', value: (l) => l.id },
  { header: 'Name', value: (l) => l.name },
  { header: 'First name', value: (l) => (l.kind === 'person' ? splitName(l.name)[0] : '') },
  { header: 'Last name', value: (l) => (l.kind === 'person' ? splitName(l.name)[1] : '') },
  { header: 'Email', value: (l) => l.email },
  { header: 'Company name', value: (l) => l.company ?? (l.kind === 'company' ? l.name : undefined) },
  { header: 'Job title', value: (l) => l.headline },
  { header: 'Location', value: (l) => l.location },
  { header: 'Industry', value: (l) => l.industry },
  { header: 'LinkedIn URL', value: (l) => l.linkedinUrl },
  { header: 'Website URL', value: (l) => l.website },
  { header: 'Source', value: (l) => l.source },
  { header: 'Stage', value: (l, c) => c.stageName(l) },
  { header: 'Status', value: (l) => l.status },
  { header: 'Lost reason', value: (l) => l.lostReason },
  {
    header: 'Value',
    value: (l, c) =>
      l.value === undefined ? '' : c.decimalComma ? String(l.value).replace('.', ',') : String(l.value),
  },
  { header: 'Currency', value: (l) => l.currency },
  { header: 'Next step', value: (l) => l.nextStep },
  { header: 'Next step due', value: (l) => l.nextStepDue },
  { header: 'Notes', value: (l) => l.notes },
  { header: 'Kind', value: (l) => l.kind },
  // Picked items by their labels in the export's language; the import reads either language back.
  { header: 'Pain points', value: (l, c) => c.painPoints(l) },
  { header: 'Decision helpers', value: (l, c) => c.decisionHelpers(l) },
  { header: 'Created', value: (l) => day(l.createdAt) },
];

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or
 * carriage return) as a formula: a captured name like `=HYPERLINK(...)` must
 * stay text. The leading apostrophe is what spreadsheets read as "this is text".
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Leads as CSV text: UTF-8 with a BOM (so Excel reads accents right), CRLF line ends, RFC 4180 quoting. */
export function leadsToCsv(leads: readonly Lead[], opts: CsvExportOptions = {}): string {
  const delimiter = opts.delimiter ?? ',';
  const process = resolveProcess(opts.settings ?? DEFAULT_SETTINGS);
  const lang = opts.lang ?? 'en';
  const ctx: Ctx = {
    stageName: (l) => process.stageName(l.stage, lang),
    painPoints: (l) => tagCell(l.painPointIds, process.painPoints, lang),
    decisionHelpers: (l) => tagCell(l.decisionHelperIds, process.decisionHelpers, lang),
    decimalComma: delimiter === ';',
  };
  const rows = leads.map((l) => CSV_COLUMNS.map((c) => neutralizeCell(c.value(l, ctx) ?? '')));
  const body = Papa.unparse(
    { fields: CSV_COLUMNS.map((c) => c.header), data: rows },
    { delimiter, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

export function csvFileName(now = Date.now()): string {
  return `embudo-leads-${day(now)}.csv`;
}
