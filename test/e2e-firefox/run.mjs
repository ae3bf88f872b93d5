#!/usr/bin/env node
// The Firefox smoke tests: node's test runner over every *.test.ts here, through
// tsx, apart from Playwright's Chromium suite. Needs the Firefox test build
// (`EMBUDO_TEST_BUILD=1 wxt build -b firefox`) and Firefox (FIREFOX_PATH or Debian's firefox-esr).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join(here, f));
const run = spawnSync('npx', ['tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
