import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/** The folders a maintainer opens first should show what is inside them. */
describe('layout', () => {
  it('unit tests mirror the source tree: each test folder names a source folder', () => {
    const roots = ['extension', 'shared', 'playbook-site', 'scripts'];
    for (const root of roots) {
      for (const f of sourceFiles(join('test/unit', root))) {
        const sourceDir = relative('test/unit', dirname(f.path));
        expect(existsSync(sourceDir), `${f.path}: no folder ${sourceDir}`).toBe(true);
      }
    }
    const top = readdirSync('test/unit').sort();
    expect(top).toEqual(['conventions', ...roots].sort());
  });

  it('the popup and the data layer keep few loose files: code sits in a folder per screen or concern', () => {
    const loose = (dir: string) => readdirSync(dir).filter((e) => /\.(ts|tsx|css)$/.test(e));
    // The app shell: the root component, its screen list and the stores every screen reads.
    expect(loose('extension/popup').sort()).toEqual(
      [
        'app.tsx',
        'lazy-database.ts',
        'navigation-store.ts',
        'popup.css',
        'screens.ts',
        'settings-store.ts',
        'view-mode.ts',
      ].sort(),
    );
    expect(loose('extension/data').length).toBeLessThanOrEqual(6);
  });
});
