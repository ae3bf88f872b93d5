import { BUILTIN_SOURCES, type LeadKind, type LeadStatus } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import { LANGS, STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import { STAGES } from '../../../shared/process/stages';
import { normalizeHeader } from './csv-mapping';

/**
 * Readers for spreadsheet cells. Each returns the value, `undefined` for an
 * empty cell, or `null` for a value it cannot read (the row is then listed).
 */

/** Stage ids, the default names in both languages and the team's own names. */
export function stageReader(settings: Settings): (cell: string) => StageId | null | undefined {
  const names = new Map<string, StageId>();
  for (const s of STAGES) {
    names.set(normalizeHeader(s.id), s.id);
    for (const lang of LANGS) names.set(normalizeHeader(s.name[lang]), s.id);
  }
  for (const lang of LANGS) {
    for (const id of STAGE_IDS) {
      const own = settings.stageNames[lang]?.[id];
      if (own) names.set(normalizeHeader(own), id);
    }
  }
  // Most files spell a stage one way on every row: the plain cell is tried before normalising it.
  return (cell) => (cell ? (names.get(cell) ?? names.get(normalizeHeader(cell)) ?? null) : undefined);
}

// Maps, not object literals: a cell reading "constructor" must not find Object's own properties.
const STATUSES = new Map<string, LeadStatus>([
  ['open', 'open'],
  ['abierto', 'open'],
  ['abierta', 'open'],
  ['won', 'won'],
  ['ganado', 'won'],
  ['ganada', 'won'],
  ['lost', 'lost'],
  ['perdido', 'lost'],
  ['perdida', 'lost'],
]);
export const readStatus = (cell: string): LeadStatus | null | undefined =>
  cell ? (STATUSES.get(cell) ?? STATUSES.get(normalizeHeader(cell)) ?? null) : undefined;

const KINDS = new Map<string, LeadKind>([
  ['person', 'person'],
  ['persona', 'person'],
  ['company', 'company'],
  ['empresa', 'company'],
]);
export const readKind = (cell: string): LeadKind | null | undefined =>
  cell ? (KINDS.get(cell) ?? KINDS.get(normalizeHeader(cell)) ?? null) : undefined;

/** A built-in source typed with other capitals (`LinkedIn`) is that source; others are kept as typed. */
export function readSource(cell: string): string | undefined {
  if (!cell) return undefined;
  const builtin = BUILTIN_SOURCES.find((s) => s === cell.toLowerCase());
  return builtin ?? cell;
}

/**
 * `1.234,56` or `1,234.56`. Which mark is the decimal one follows the file's
 * separator: a `;` file comes from a comma-decimal Excel (Spain), a `,` file
 * from a point-decimal one. Currency signs and spaces are ignored.
 */
export function readAmount(cell: string, decimalComma: boolean): number | null | undefined {
  const raw = cell.replace(/[\s\u00a0€$£]|EUR|USD|GBP/gi, '');
  if (!raw) return undefined;
  const [thousands, decimal] = decimalComma ? ['.', ','] : [',', '.'];
  const plain = raw.split(thousands).join('').replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

const SYMBOLS = new Map([
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
]);
export const readCurrency = (cell: string): string | undefined =>
  cell ? (SYMBOLS.get(cell) ?? cell.toUpperCase()) : undefined;

/**
 * `YYYY-MM-DD`, or in a `;` file the day-first `DD/MM/YYYY` Spanish Excel shows.
 * Anything else is refused rather than guessed: 03/04 is March or April.
 */
export function readDate(cell: string, dayFirst: boolean): string | null | undefined {
  if (!cell) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return cell;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (!m || !dayFirst) return null;
  return `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
}

/** `acme.es/contact` → `https://acme.es/contact`; anything with a scheme is left for validation. */
export function readWebUrl(cell: string): string | undefined {
  if (!cell) return undefined;
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(cell) ? `https://${cell}` : cell;
}

/** Undo what `neutralizeCell` did on export, so a round trip keeps `-` and `=` at the start of text. */
export function readText(cell: string | undefined): string {
  const v = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}
