/**
 * The byte-level checks every file reader shares (backup files, spreadsheets):
 * which Unicode encoding a file says it is in, whether it is UTF-16 without
 * saying so, and strict UTF-8. No reader ever lets a decoder swap bad bytes for
 * U+FFFD silently: a name must never change because of how it was stored.
 */

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The byte-order mark at the start of the bytes, and how long it is. */
export function byteOrderMark(bytes: Uint8Array): { encoding: UnicodeEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** How many leading bytes the NUL-pattern guess looks at: enough for a header and a few rows. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, told by its NUL pattern: text in Latin letters stored
 * as UTF-16 has a zero byte in every other position (after each letter in
 * little-endian, before it in big-endian). UTF-8 and Windows-1252 text has no
 * zero bytes at all.
 */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Strict UTF-8: the text, or the offset of the first byte that is not part of a valid sequence. */
export function decodeUtf8Strict(bytes: Uint8Array): { ok: true; text: string } | { ok: false; at: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, at: firstInvalidUtf8(bytes) };
  }
}

/** Length of the valid UTF-8 sequence starting at `i` (2 to 4), or 0 when there is none. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const cont = (k: number) => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Where strict UTF-8 decoding fails (only called once it has). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) i++;
    else {
      const n = sequenceAt(bytes, i);
      if (!n) return i;
      i += n;
    }
  }
  return bytes.length;
}

/**
 * Whether the bytes hold at least one valid multi-byte UTF-8 sequence (such as
 * `é` written as C3 A9). A file that has those and also bytes that are not
 * UTF-8 was written by two programs: no single encoding reads all of it right.
 */
export function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) >= 0xc2 && sequenceAt(bytes, i) > 0) return true;
  }
  return false;
}
