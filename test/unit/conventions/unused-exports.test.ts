import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/**
 * A cheap ts-prune: an exported name that no other file mentions is dead code
 * or should not be exported. Word matching, not type checking, so it can miss
 * a dead export whose name happens to appear elsewhere, but never flags a live one.
 */
const product = sourceFiles('extension', 'shared', 'playbook-site', 'scripts');
// Entry points are what WXT loads: their exports are the framework's business. Team sync
// (shared/sync) is an API whose extension side (extension/data/sync) is still to come.
const checked = product.filter(
  (f) => !f.path.startsWith('extension/entrypoints/') && !f.path.startsWith('shared/sync/'),
);
// Configuration files at the top (wxt.config.ts, playwright.config.ts…) count as users too.
const topLevel = readdirSync('.')
  .filter((name) => /\.(ts|mjs)$/.test(name))
  .map((name) => ({ path: name, text: readFileSync(name, 'utf8') }));
const everything = [...product, ...sourceFiles('test'), ...topLevel];

describe('exports', () => {
  it('every exported name is used by another file', () => {
    const unused: string[] = [];
    for (const file of checked) {
      for (const m of file.text.matchAll(
        /^export (?:async )?(?:const|let|function|class|type|interface|enum) ([A-Za-z_$][\w$]*)/gm,
      )) {
        const name = m[1] as string;
        const word = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`);
        if (!everything.some((other) => other.path !== file.path && word.test(other.text)))
          unused.push(`${file.path}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('no module re-exports another: each name is imported from the file that declares it', () => {
    const shims = checked
      .filter((f) => /^export (?:type )?(?:\*|\{[^}]*\}) from /m.test(f.text))
      .map((f) => f.path);
    expect(shims).toEqual([]);
  });
});
