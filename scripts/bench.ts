// `npm run bench [-- --quick] [-- --out FILE]`: the speed and size figures of
// issue 8, each the median of several runs in real headless Chromium, printed
// next to its target. Builds what it needs first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { bundleSizes } from './bench/bundle-sizes';
import { launchExtension, timeToMark } from './bench/extension-browser';
import { dataBenches, runPageBenches } from './bench/page-benches';
import { type Figure, formatTable, median } from './bench/stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const RUNS = quick ? 3 : 7;
// `--only popup,metrics,capture,data,sizes` runs a subset (for work on one figure).
const onlyAt = args.indexOf('--only');
const only = new Set(
  onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : ['popup', 'metrics', 'capture', 'data', 'sizes'],
);

function run(cmd: string, argv: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
}
console.log('Building the extension (production and test builds) and the playbook…');
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build'], { EMBUDO_TEST_BUILD: '1' });
if (existsSync('playbook-site/build.ts')) run('npx', ['tsx', 'playbook-site/build.ts']);

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

const figures: Figure[] = [];
const ext = await launchExtension();
try {
  const blankUrl = `chrome-extension://${ext.id}/bench-blank.html`;
  const popupUrl = `chrome-extension://${ext.id}/popup.html`;
  const setup = await ext.open('bench-blank.html');
  await setup.evaluate(pageApi);
  const ready: Record<number, number> = {};
  let floor: number[] = [];
  for (const n of !only.has('popup') ? [] : quick ? [1000, 10_000] : [1000, 10_000, 100_000]) {
    const seeded = await setup.evaluate(
      (n) =>
        (
          globalThis as unknown as {
            __bench: { seed: (n: number) => Promise<{ leads: number; events: number }> };
          }
        ).__bench.seed(n),
      n,
    );
    console.log(`seeded ${seeded.leads} leads, ${seeded.events} events`);
    const times: number[] = [];
    const blanks: number[] = [];
    const page = await ext.context.newPage();
    await timeToMark(page, popupUrl, 'popup-ready'); // warm-up: first open compiles and opens the DB
    for (let i = 0; i < RUNS; i++) {
      blanks.push(await timeToMark(page, blankUrl, 'blank-ready'));
      times.push(await timeToMark(page, popupUrl, 'popup-ready'));
    }
    await page.close();
    ready[n] = median(times);
    if (n === 10_000) floor = blanks;
    figures.push({
      id: `popup-ready-${n}`,
      label: `popup ready, ${n / 1000}k leads`,
      value: ready[n] as number,
      unit: 'ms',
      target: n === 10_000 ? '≤ 150 ms' : '—',
      ok: n !== 10_000 || (ready[n] as number) <= 150,
      runs: times,
    });
  }
  if (only.has('popup')) {
    const blank = median(floor);
    figures.push({
      id: 'blank-floor',
      label: 'blank extension page (floor)',
      value: blank,
      unit: 'ms',
      target: '—',
      ok: true,
      runs: floor,
    });
    const ratio = (ready[10_000] as number) / blank;
    figures.push({
      id: 'popup-vs-floor',
      label: 'popup ready 10k ÷ floor',
      value: ratio,
      unit: 'x',
      target: '≤ 2.5×',
      ok: ratio <= 2.5,
    });
    if (ready[100_000]) {
      const growth = ready[100_000] / (ready[1000] as number);
      figures.push({
        id: 'popup-growth',
        label: 'popup ready 100k ÷ 1k',
        value: growth,
        unit: 'x',
        target: '≤ 3×',
        ok: growth <= 3,
      });
    }
  }
  figures.push(...(await runPageBenches(ext, setup, { runs: RUNS, quick, only })));
  if (only.has('data')) figures.push(...(await dataBenches(setup, { runs: RUNS, quick })));
} finally {
  await ext.close();
}

const sizes = bundleSizes('.output/chrome-mv3', 'playbook-site/dist');
if (only.has('sizes'))
  figures.push(
    {
      id: 'size-popup',
      label: 'popup JS at first paint, gzipped',
      value: sizes.popup.gzip,
      unit: 'KB',
      target: '≤ 80 KB',
      ok: sizes.popup.gzip <= 80,
      note: `${sizes.popup.raw.toFixed(1)} KB raw`,
    },
    {
      id: 'size-background',
      label: 'background JS, gzipped',
      value: sizes.background.gzip,
      unit: 'KB',
      target: '—',
      ok: true,
      note: `${sizes.background.raw.toFixed(1)} KB raw`,
    },
    {
      id: 'size-capture',
      label: 'capture script, gzipped',
      value: sizes.capture.gzip,
      unit: 'KB',
      target: '≤ 10 KB',
      ok: sizes.capture.gzip <= 10,
      note: `${sizes.capture.raw.toFixed(1)} KB raw`,
    },
    {
      id: 'size-playbook',
      label: 'playbook page (HTML+CSS+JS), gzipped',
      value: sizes.playbook.gzip,
      unit: 'KB',
      target: '≤ 60 KB',
      ok: sizes.playbook.gzip <= 60,
      note: `${sizes.playbook.raw.toFixed(1)} KB raw`,
    },
  );

console.log(`\n${formatTable(figures)}\n`);
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ at: new Date().toISOString(), quick, runs: RUNS, figures }, null, 2)}\n`,
  );
  console.log(`written ${out}`);
}
const over = figures.filter((f) => !f.ok);
console.log(
  over.length
    ? `${over.length} figure(s) over target: ${over.map((f) => f.id).join(', ')}`
    : 'every figure meets its target',
);
