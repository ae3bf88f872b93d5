/**
 * Zero-width characters pages leave in names and headlines (a zero-width space
 * between "Ana" and "Ruiz" would make two leads of one person) are dropped, but
 * not the joiners that are part of what the reader sees:
 * - U+200D inside an emoji sequence (👩🏽‍💻, 👨‍👩‍👧, 🏳️‍🌈): without it one symbol becomes two;
 * - U+200C / U+200D between letters of scripts that shape with them (Persian
 *   "می‌خواهم", Hindi "क्‍ष"): without it the word is spelt differently.
 */
const INVISIBLE = /[\u200b-\u200d\ufeff]/g;
/** What may come before a joiner in an emoji sequence: the emoji, its skin tone, or VS16. */
const EMOJI_END = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)$/u;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
/** A letter or mark of a script other than Latin (Latin never needs a joiner to be spelt right). */
const SHAPING_END = /(?![\p{Script=Latin}])[\p{L}\p{M}]$/u;
const SHAPING_START = /^(?![\p{Script=Latin}])[\p{L}\p{M}]/u;

export function dropInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch, at: number) => {
    if (ch !== '\u200c' && ch !== '\u200d') return '';
    // Two UTF-16 units either side hold one code point, astral emoji included.
    const before = s.slice(Math.max(0, at - 2), at);
    const after = s.slice(at + 1, at + 3);
    if (ch === '\u200d' && EMOJI_END.test(before) && EMOJI_START.test(after)) return ch;
    return SHAPING_END.test(before) && SHAPING_START.test(after) ? ch : '';
  });
}
