import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The shipped manifest, not the test build: what a rep installs must ask for nothing beyond activeTab.
test('the production manifest asks for no host access and no broad permissions', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  const permissions: string[] = manifest.permissions ?? [];
  expect(permissions).toContain('activeTab');
  expect(permissions).toContain('scripting');
  for (const forbidden of ['<all_urls>', 'cookies', 'tabs', 'webRequest', 'history', 'downloads']) {
    expect(permissions).not.toContain(forbidden);
  }
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  // Team sync asks for its server's origin only when the rep connects: any origin, but optional only.
  expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
});
