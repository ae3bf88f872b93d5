import {
  byteOrderMark,
  decodeUtf8Strict,
  hasUtf8Sequences,
  utf16ByNulPattern,
} from '../../../shared/files/decode-bytes';

/** About 100,000 rows: past this a spreadsheet export is better split than frozen on. */
const MAX_CSV_BYTES = 30 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a spreadsheet file is refused before its rows are read. */
type CsvFileIssue = 'too-large' | 'mixed-encoding' | 'not-text';

type CsvDecoded =
  | { ok: true; text: string; encoding: CsvEncoding }
  /** `at`: the first byte that is not UTF-8, for the message. */
  | { ok: false; issue: Exclude<CsvFileIssue, 'too-large'>; at?: number };

/**
 * Bytes of a spreadsheet export → text, and which encoding it was read as (the
 * preview shows it). In order:
 * - a BOM says which Unicode encoding it is (UTF-16 included);
 * - UTF-16 without a BOM is told by its NUL pattern;
 * - otherwise the whole file must be valid UTF-8;
 * - if it is not, and holds no UTF-8 sequence at all, it is Windows-1252 —
 *   what Excel on Windows writes for "CSV" in Spain and most of the Americas
 *   (the preview warns, so the rep checks the accents);
 * - a file with both valid UTF-8 sequences and stray 8-bit bytes ("José" next
 *   to a lone 0xE9) is refused: no single reading keeps every name right, and
 *   importing it would rename matching leads. The rep re-saves it as UTF-8.
 * Text with NUL characters after all this is not a spreadsheet (a renamed
 * workbook, an image) and is refused. The BOM never reaches the parser.
 */
export function decodeCsvBytes(bytes: Uint8Array): CsvDecoded {
  const bom = byteOrderMark(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : utf16ByNulPattern(bytes);
  if (utf16) return checked(new TextDecoder(utf16).decode(body), utf16);
  const utf8 = decodeUtf8Strict(body);
  if (utf8.ok) return checked(utf8.text, 'utf-8');
  // A BOM promised UTF-8, or real UTF-8 sequences sit beside bytes that are not: two encodings in one file.
  if (bom || hasUtf8Sequences(body)) return { ok: false, issue: 'mixed-encoding', at: utf8.at };
  return checked(fixC1(new TextDecoder('windows-1252').decode(body)), 'windows-1252');
}

function checked(text: string, encoding: CsvEncoding): CsvDecoded {
  if (text.includes('\u0000')) return { ok: false, issue: 'not-text' };
  return { ok: true, text, encoding };
}

/** Windows-1252 bytes 0x80–0x9F (€, curly quotes, dashes…) as Unicode; the 5 unassigned ones stay as they are. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Some runtimes (Node among them) decode the "windows-1252" label as Latin-1,
 * which leaves 0x80–0x9F as invisible control characters. Browsers do it right;
 * mapping those characters here makes both agree.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/** Reads a chosen file, refusing an oversized one before loading it into memory. */
export async function readCsvFile(file: Blob): Promise<CsvDecoded | { ok: false; issue: 'too-large' }> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, issue: 'too-large' };
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}
