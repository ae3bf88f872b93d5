// `npm run bench [-- --quick] [-- --only popup,cold,metrics,capture,data,sizes] [-- --out FILE]`:
// every speed figure as a ratio to a floor timed in the same run, interleaved
// with it (floor, figure, floor, figure…), in real headless Chromium. Prints
// ratio, target, absolute median and spread; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { launchExtension } from './bench/extension-browser';
import { dataFigures } from './bench/figures-data';
import { captureFigures, metricsFigure, metricsScreenFigure } from './bench/figures-page';
import { coldOpenFigure, popupFigures } from './bench/figures-popup';
import { sizeFigures } from './bench/figures-sizes';
import { formatTable, resultsJson } from './bench/report';
import type { FigureResult } from './bench/runner';
import { exitCode } from './bench/stats';

const GROUPS = ['popup', 'cold', 'metrics', 'capture', 'data', 'sizes'];
const args = process.argv.slice(2);
const flagValue = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const out = flagValue('--out');
const only = new Set(flagValue('--only')?.split(',') ?? GROUPS);
const unknown = [...only].filter((g) => !GROUPS.includes(g));
if (unknown.length) {
  console.error(`unknown --only group(s): ${unknown.join(', ')} (known: ${GROUPS.join(', ')})`);
  process.exit(2);
}
const RUNS = quick ? 3 : 7;

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

const pageApi = (
  await build({
    entryPoints: ['scripts/bench/page-api.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  })
).outputFiles[0]?.text as string;

const figures: FigureResult[] = [];
const ext = await launchExtension();
try {
  const setup = await ext.open('bench-blank.html');
  await setup.evaluate(pageApi);
  if (only.has('popup')) figures.push(...(await popupFigures(ext, setup, { runs: RUNS, quick })));
  if (only.has('metrics')) {
    if (!only.has('popup'))
      await setup.evaluate(
        (n) =>
          (globalThis as never as { __bench: { seed: (n: number) => Promise<unknown> } }).__bench.seed(n),
        10_000,
      );
    figures.push(await metricsScreenFigure(ext, { runs: RUNS }));
    figures.push(await metricsFigure(setup, { runs: RUNS }));
  }
  if (only.has('capture')) figures.push(...(await captureFigures(ext, { runs: RUNS })));
  if (only.has('data')) figures.push(...(await dataFigures(setup, { runs: RUNS, quick })));
} finally {
  await ext.close();
}
if (only.has('cold')) figures.push(await coldOpenFigure(pageApi, { runs: RUNS }));
if (only.has('sizes')) figures.push(...sizeFigures());

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
