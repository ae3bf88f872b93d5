import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type LaunchOptions } from '@playwright/test';
import { buildSite } from '../../../playbook-site/build';
import { servePlaybook } from '../../../playbook-site/serve';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/lib/chromium.mjs';

/** Debian's Chromium (or CHROMIUM_PATH), with the same quiet offline flags as every other browser test. */
export const LAUNCH: LaunchOptions = { executablePath: chromiumPath(), args: QUIET_FLAGS };

export const BACKUPS = fileURLToPath(new URL('../../fixtures/backups/', import.meta.url));
export const backup = (name: string) => join(BACKUPS, name);

/** "Now" for the team review, a week after the fixture backups were exported. */
export const FIXED_NOW = new Date('2026-11-27T10:00:00Z');

interface Site {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** The built folder, for file:// tests. */
  dir: string;
}

/**
 * Each worker builds the site into its own temporary folder and serves it, so the
 * specs need no earlier `npm run build:site` and parallel workers never share files.
 */
export const test = base.extend<object, { site: Site }>({
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'playbook-e2e-'));
      await buildSite({ outDir: dir, quiet: true });
      const server = await servePlaybook(0, dir);
      await use({ url: server.url, dir });
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
