import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const all = sourceFiles('extension', 'shared', 'playbook-site');

describe('architecture rules', () => {
  it('only the data layer imports Dexie', () => {
    const importers = all.filter((f) => /from ['"]dexie['"]/.test(f.text)).map((f) => f.path);
    expect(importers).toEqual(['extension/data/db.ts']);
  });

  it('shared code uses no browser extension APIs, Dexie or Preact', () => {
    for (const f of sourceFiles('shared')) {
      expect(f.text, f.path).not.toMatch(/\b(browser|chrome)\.[a-z]+\b|from ['"](dexie|preact)/);
    }
  });

  it('extractors stay pure and small: no extension APIs, no zod, no network', () => {
    for (const f of sourceFiles('extension/extractors')) {
      expect(f.text, f.path).not.toMatch(
        /\b(browser|chrome)\.[a-z]+\b|from ['"][^'"]*\bzod['"]|\bfetch\(|XMLHttpRequest/,
      );
    }
  });

  it('zod is loaded through shared/zod.ts, which turns its eval probe off (jitless)', () => {
    const direct = all.filter((f) => /^import \{[^}]*\} from ['"]zod['"]/m.test(f.text)).map((f) => f.path);
    expect(direct).toEqual(['shared/zod.ts']);
  });

  it('no innerHTML or dangerouslySetInnerHTML anywhere in product code', () => {
    for (const f of all) {
      expect(f.text, f.path).not.toMatch(
        /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML/,
      );
    }
  });

  it('file names are kebab-case', () => {
    for (const f of all) {
      const name = f.path.split('/').pop() as string;
      expect(name, f.path).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/);
    }
  });
});
