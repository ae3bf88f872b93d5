#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/ensure-chromium.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build (production)', 'npx', ['wxt', 'build']],
  ['build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['build (test)', 'npx', ['wxt', 'build'], { EMBUDO_TEST_BUILD: '1' }],
  ['build (playbook)', 'npx', ['tsx', 'playbook-site/build.ts']],
  ['e2e', 'npx', ['playwright', 'test']],
  ['corpus', 'node', ['scripts/corpus.mjs', 'test/fixtures/pages']],
];

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const results = [];
for (const [name, cmd, args, env] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) break;
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const skipped = steps.length - results.length;
if (skipped) console.log(`(${skipped} later step(s) not run)`);
console.log(`steps: ${results.length - failed} passed, ${failed + skipped} failed`);
process.exit(failed || skipped ? 1 : 0);
