#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensureFirefox } from './lib/ensure-firefox.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build (production)', 'npx', ['wxt', 'build']],
  ['build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['lint (firefox: web-ext lint)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv3']],
  ['build (test)', 'npx', ['wxt', 'build'], { EMBUDO_TEST_BUILD: '1' }],
  ['build (firefox test)', 'npx', ['wxt', 'build', '-b', 'firefox'], { EMBUDO_TEST_BUILD: '1' }],
  ['build (playbook)', 'npx', ['tsx', 'playbook-site/build.ts']],
  ['e2e', 'npx', ['playwright', 'test']],
  ['e2e (firefox)', 'node', ['test/e2e-firefox/run.mjs'], {}, 'firefox'],
  ['corpus', 'node', ['scripts/corpus.mjs', 'test/fixtures/pages']],
];

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
// Firefox is wanted, not required: without it (and no way to install it) its step is skipped, loudly.
const firefox = ensureFirefox();
if (firefox.path) process.env.FIREFOX_PATH = firefox.path;

const results = [];
const skips = [];
for (const [name, cmd, args, env, needs] of steps) {
  if (needs === 'firefox' && !firefox.path) {
    console.log(`\n=== ${name}: SKIPPED, no Firefox. ${firefox.skip}`);
    skips.push(name);
    continue;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) break;
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
for (const name of skips) console.log(`skip ${name} (no Firefox: see above)`);
const failed = results.filter((r) => !r.ok).length;
const notRun = steps.length - results.length - skips.length;
if (notRun) console.log(`(${notRun} later step(s) not run)`);
const skipNote = skips.length ? `, ${skips.length} skipped` : '';
console.log(`steps: ${results.length - failed} passed, ${failed + notRun} failed${skipNote}`);
process.exit(failed || notRun ? 1 : 0);
