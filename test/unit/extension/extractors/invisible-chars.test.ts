import { describe, expect, it } from 'vitest';
import { clean } from '../../../../extension/extractors/dom-helpers';
import { dropInvisible } from '../../../../extension/extractors/invisible-chars';

const ZWJ = '\u200d';
const ZWNJ = '\u200c';

// Emoji ZWJ sequences from Unicode's emoji-zwj-sequences list: each is one symbol on screen.
const SEQUENCES = [
  `👩🏽${ZWJ}💻`, // profession with a skin tone
  `🧑🏿${ZWJ}🍳`,
  `👨${ZWJ}👩${ZWJ}👧${ZWJ}👦`, // family
  `👩${ZWJ}❤️${ZWJ}💋${ZWJ}👨`, // kiss, with VS16 inside
  `🏳️${ZWJ}🌈`, // flag: VS16 before the joiner
  `🏃🏻${ZWJ}♀️`, // gendered activity: a BMP symbol after the joiner
  `❤️${ZWJ}🔥`,
  `🧑${ZWJ}🤝${ZWJ}🧑`,
];

describe('dropInvisible / clean', () => {
  it('keeps every joiner of an emoji ZWJ sequence', () => {
    for (const seq of SEQUENCES) {
      expect(dropInvisible(seq), seq).toBe(seq);
      expect(clean(` Equipo ${seq} datos `), seq).toBe(`Equipo ${seq} datos`);
    }
  });

  it('keeps U+200C and U+200D where a script spells words with them', () => {
    const persian = `نرم${ZWNJ}افزار`; // "software"
    const hindi = `क्${ZWJ}ष`;
    const malayalam = `ന്${ZWJ}`; // chillu form: joiner at the end of the word
    expect(clean(`مهندس ${persian}`)).toBe(`مهندس ${persian}`);
    expect(clean(hindi)).toBe(hindi);
    expect(clean(`${malayalam}x`)).toBe('ന്x');
  });

  it('drops zero-width characters that join nothing', () => {
    expect(clean(`Ana\u200b Ruiz\ufeff`)).toBe('Ana Ruiz');
    expect(clean(`Jo${ZWJ}sé ${ZWNJ}Ñúñez`)).toBe('José Ñúñez');
    expect(clean(`${ZWJ}👩`)).toBe('👩');
    expect(clean(`👩${ZWJ} `)).toBe('👩');
    expect(clean(`👩${ZWJ}a`)).toBe('👩a');
    expect(clean(`a${ZWJ}👩`)).toBe('a👩');
  });
});
