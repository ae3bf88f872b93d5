import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // The suite must pass beside a build on a busy 2-core machine: work is sized by counts
    // (fast-check numRuns, row counts), never by time, and a time-out only catches a hang.
    // Vitest's 5 s default was hit under load; the heaviest tests set longer ones themselves.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
