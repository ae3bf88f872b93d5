import Papa from 'papaparse';
import { type Problem, problem } from '../../../shared/files/file-problems';
import type { CsvEncoding } from './csv-decode';

/** One data row, numbered as the spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A row that cannot be imported, with what is wrong in it. */
export interface RowError {
  row: number;
  problems: Problem[];
}

export interface CsvTable {
  delimiter: string;
  headers: string[];
  rows: CsvRow[];
  /** Rows the parser itself could not read cleanly: listed, never imported. */
  broken: RowError[];
  /** How the file's bytes were read (set once decoded; the preview shows it). */
  encoding?: CsvEncoding;
}

/**
 * The most data rows one file may have. A spreadsheet this long is better
 * split: checking, previewing and writing 50,000 leads already takes a while,
 * and a file of a million short rows (under the byte limit) would hold the
 * page for many seconds and hundreds of megabytes before the first write.
 */
export const MAX_CSV_ROWS = 50_000;

type CsvParse =
  | { ok: true; table: CsvTable }
  | { ok: false; issue: 'empty' }
  /** `lines`: the file's line count, told before anything is parsed. */
  | { ok: false; issue: 'too-many-rows'; lines: number };

/** Line breaks in the text, counted without building anything: an upper bound on the rows. */
export function countLines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/**
 * Splits CSV text with Papa Parse (quoted separators, quotes and line breaks in
 * cells). The separator is detected among `,` `;` and tab. A row with a broken
 * quote, or with a different number of cells than the header (typically a line
 * written with the other separator), is set aside with its reason.
 */
export function parseCsvText(text: string): CsvParse {
  const body = text.replace(/^\uFEFF/, '');
  // Guessed on the first non-blank lines (a trailing blank line would skew Papa's guess),
  // then the whole text is read with blank lines kept so row numbers match the spreadsheet.
  const guess = Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: 50,
  });
  // Counting lines is cheap; only a file that may be too long is parsed with a stop after the
  // limit (a line break inside quotes counts as a line, so the count alone could refuse wrongly).
  const lines = countLines(body);
  const preview = lines > MAX_CSV_ROWS + 1 ? MAX_CSV_ROWS + 2 : 0;
  const result = Papa.parse<string[]>(body, {
    delimiter: guess.meta.delimiter,
    skipEmptyLines: false,
    preview,
  });
  // The parse stopped at the limit: there is more (blank lines count as rows here, as in the sheet).
  if (preview && result.data.length >= preview) return { ok: false, issue: 'too-many-rows', lines };
  const [header, ...records] = result.data;
  const headers = (header ?? []).map((h) => h.trim());
  if (!headers.some(Boolean)) return { ok: false, issue: 'empty' };

  const quoteErrors = new Map<number, string>();
  for (const e of result.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) quoteErrors.set(e.row, e.code);
  }
  const rows: CsvRow[] = [];
  const broken: RowError[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return;
    const quote = quoteErrors.get(i + 1);
    if (quote) {
      const message =
        quote === 'MissingQuotes'
          ? 'a quote is never closed: the rest of the file was read into this row'
          : 'a quote in the wrong place';
      broken.push({ row, problems: [problem('', 'quotes', message)] });
    } else if (cells.length !== headers.length) {
      const counts = [String(cells.length), String(headers.length)];
      const message = `${cells.length} cells where the header has ${headers.length} (check the separator)`;
      broken.push({ row, problems: [problem('', 'columns', message, counts)] });
    } else rows.push({ row, cells });
  });
  return { ok: true, table: { delimiter: result.meta.delimiter, headers, rows, broken } };
}
