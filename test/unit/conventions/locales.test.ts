import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const load = (lang: string) =>
  JSON.parse(readFileSync(`extension/public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;
const en = load('en');
const es = load('es');

describe('locales', () => {
  it('Spanish and English have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated and uses the same placeholders in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const other = es[key]?.message ?? '';
      expect(other, key).not.toBe('');
      const holes = (m: string) => (m.match(/\$\d/g) ?? []).sort();
      expect(holes(other), key).toEqual(holes(message));
    }
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const { text } of sourceFiles('extension')) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/:\s*'([a-z][A-Za-z0-9]+)',?\s*$/gm)) {
        if (m[1]?.startsWith('field')) used.add(m[1]);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(en, `missing message "${key}"`).toHaveProperty(key);
  });
});
