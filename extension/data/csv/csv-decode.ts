/** About 100,000 rows: past this a spreadsheet export is better split than frozen on. */
export const MAX_CSV_BYTES = 30 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes of a spreadsheet export → text. A BOM says which Unicode encoding it is;
 * without one, UTF-8 is tried strictly and, if any byte sequence is not valid
 * UTF-8, the file is read as Windows-1252 — what Excel on Windows writes for
 * "CSV" in Spain and most of the Americas. The BOM never reaches the parser.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
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
export async function readCsvFile(
  file: Blob,
): Promise<{ ok: true; text: string; encoding: CsvEncoding } | { ok: false; issue: 'too-large' }> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, issue: 'too-large' };
  return { ok: true, ...decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) };
}
