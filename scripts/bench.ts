// `npm run bench [-- --quick] [-- --only GROUP|FIGURE,…] [-- --runs N] [-- --out FILE]` (groups: popup, cold,
// metrics, capture, data, sync, sizes):
// every speed figure as a ratio to a floor timed in the same run, interleaved
// with it (floor, figure, floor, figure…), in real headless Chromium. Prints
// ratio, target, absolute median and spread; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchExtension } from './bench/extension-browser';
import { dataFigures } from './bench/figures-data';
import { captureFigures, metricsFigure, metricsScreenFigure } from './bench/figures-page';
import { coldOpenFigure, popupFigures, teamScreenFigures } from './bench/figures-popup';
import { sizeFigures } from './bench/figures-sizes';
import { syncFigures } from './bench/figures-sync';
import { bundlePageApi } from './bench/page-call';
import { formatTable, resultsJson } from './bench/report';
import type { FigureResult } from './bench/runner';
import { parseSelection } from './bench/selection';
import { exitCode } from './bench/stats';

const args = process.argv.slice(2);
const flagValue = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const out = flagValue('--out');
const selection = parseSelection(flagValue('--only'));
if ('error' in selection) {
  console.error(selection.error);
  process.exit(2);
}
const only = selection;
const want = only.figure;
const RUNS = Number(flagValue('--runs') ?? (quick ? 3 : 7));
// The cold open is the noisiest figure (a browser start each run: one 7-run median moved by
// ±25 ms from run to run) and among the cheapest (~2 s a run): it takes 15 unless told.
const COLD_RUNS = Number(flagValue('--runs') ?? (quick ? 3 : 15));

function run(cmd: string, argv: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
}
if (!args.includes('--no-build')) {
  console.log('Building the extension (production and test builds) and the playbook…');
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build'], { EMBUDO_TEST_BUILD: '1' });
  if (existsSync('playbook-site/build.ts')) run('npx', ['tsx', 'playbook-site/build.ts']);
}

const pageApi = await bundlePageApi();

const figures: FigureResult[] = [];
const ext = await launchExtension();
try {
  const setup = await ext.open('bench-blank.html');
  await setup.evaluate(pageApi);
  if (only.group('popup')) figures.push(...(await popupFigures(ext, setup, { runs: RUNS, quick, want })));
  if (want('metrics-first-open')) {
    if (!only.group('popup'))
      await setup.evaluate(
        (n) =>
          (globalThis as never as { __bench: { seed: (n: number) => Promise<unknown> } }).__bench.seed(n),
        10_000,
      );
    figures.push(await metricsScreenFigure(ext, { runs: RUNS }));
  }
  if (want('metrics-problems')) figures.push(await metricsFigure(setup, { runs: RUNS }));
  if (only.group('capture')) figures.push(...(await captureFigures(ext, { runs: RUNS, want })));
  if (only.group('data')) figures.push(...(await dataFigures(setup, { runs: RUNS, quick, want })));
  if (only.group('team')) figures.push(...(await teamScreenFigures(ext, setup, { runs: RUNS, want })));
  // Last in this browser: it connects the extension's own database to a team server.
  if (only.group('sync')) figures.push(...(await syncFigures(setup, { runs: RUNS, want })));
} finally {
  await ext.close();
}
if (only.group('cold')) figures.push(await coldOpenFigure(pageApi, { runs: COLD_RUNS }));
// Sizes need no browser; the check that the popup's first paint has no sync code is in 'sync'.
if (only.group('sizes') || only.group('sync')) figures.push(...sizeFigures().filter((f) => want(f.id)));

console.log(`\n${formatTable(figures)}\n`);
for (const w of figures.flatMap((f) => f.warnings)) console.warn(`warning: ${w}`);
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, resultsJson(figures, { quick, runs: RUNS }));
  console.log(`written ${out}`);
}
const missed = figures.filter((f) => !f.ok);
console.log(
  missed.length
    ? `${missed.length} figure(s) missed their target: ${missed.map((f) => f.id).join(', ')}`
    : 'every figure meets its target',
);
process.exitCode = exitCode(figures);
