import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper of the lint script
import { classify, textNear } from '../../../scripts/lib/firefox-lint-known.mjs';

// What the bundler makes of zod's probe and of Preact's innerHTML path (from a real build).
const ZOD =
  'var ae=o(()=>{if(j.jitless||typeof navigator<`u`)return!1;try{return Function(``),!0}catch{return!1}});';
const PREACT = 'f?(s||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):x';
const col = (text: string, part: string) => text.indexOf(part) + 1;
const warning = (code: string, file: string, text: string, part: string) => ({
  _type: 'warning',
  code,
  file,
  line: 1,
  column: col(text, part),
});

describe('the documented web-ext lint warnings', () => {
  const files: Record<string, string> = {
    'zod.js': ZOD,
    'preact.js': PREACT,
    'ours.js': 'const run = Function(userText);',
    'html.js': 'el.innerHTML = userText;',
  };
  const read = (f: string) => files[f] as string;

  it('reads the text at the spot web-ext points to (1-based column)', () => {
    expect(textNear(ZOD, 1, col(ZOD, 'Function(')).at).toMatch(/^Function\(/);
  });

  it("accepts zod's probe and Preact's __html write, with why", () => {
    const { known, unknown } = classify(
      [
        warning('DANGEROUS_EVAL', 'zod.js', ZOD, 'Function('),
        warning('UNSAFE_VAR_ASSIGNMENT', 'preact.js', PREACT, '(e.innerHTML=f.__html'),
      ],
      read,
    );
    expect(unknown).toEqual([]);
    expect(known.map((k: { why: string }) => k.why)).toEqual([
      expect.stringContaining('jitless'),
      expect.stringContaining('dangerouslySetInnerHTML'),
    ]);
  });

  it('refuses the same warnings anywhere else, and any other warning', () => {
    const { known, unknown } = classify(
      [
        warning('DANGEROUS_EVAL', 'ours.js', read('ours.js'), 'Function('),
        warning('UNSAFE_VAR_ASSIGNMENT', 'html.js', read('html.js'), 'el.innerHTML'),
        { _type: 'warning', code: 'MISSING_DATA_COLLECTION_PERMISSIONS', file: 'manifest.json' },
      ],
      (f: string) => (f === 'manifest.json' ? '{}' : read(f)),
    );
    expect(known).toEqual([]);
    expect(unknown).toHaveLength(3);
  });
});
