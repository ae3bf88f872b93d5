import { defineConfig } from '@playwright/test';

// Extensions need a persistent context per test file (test/e2e/support/extension.ts);
// two workers fit this 2-core machine.
export default defineConfig({
  testDir: 'test/e2e',
  // The suite runs beside builds on a busy 2-core machine: waits are on states, never on
  // time, and these limits only catch a hang. Long specs set their own (test.setTimeout).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI only, so a timing flake cannot sink a submission; Playwright still
  // reports such a test as "flaky" in its summary, which is the cue to fix it.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
