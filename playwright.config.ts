import { defineConfig } from '@playwright/test';

// Extensions need a persistent context per test file (test/e2e/support/extension.ts);
// two workers fit this 2-core machine.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
