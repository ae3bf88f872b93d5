#!/usr/bin/env node
// `web-ext lint` on the Firefox build (what addons.mozilla.org runs on upload):
// no errors, and no warning beyond the documented ones in lib/firefox-lint-known.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classify } from './lib/firefox-lint-known.mjs';

const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const { known, unknown } = classify([...report.warnings, ...report.notices], (file) =>
  readFileSync(join(dir, file), 'utf8'),
);
for (const m of known) console.log(`known  ${m.code} ${m.file}: ${m.why}`);
for (const m of [...report.errors, ...unknown])
  console.log(`FAIL   ${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
const bad = report.errors.length + unknown.length;
console.log(
  `web-ext lint ${dir}: ${report.errors.length} error(s), ${unknown.length} unexplained warning(s)/notice(s), ` +
    `${known.length} documented warning(s) (docs/firefox.md)`,
);
process.exit(bad ? 1 : 0);
