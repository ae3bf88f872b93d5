// `npx tsx scripts/bench/profile-metrics.ts [runs] [leads]` (after `EMBUDO_TEST_BUILD=1 npx wxt build`):
// where `analyse()` spends its time in the browser, as the `metrics-problems` figure runs it. Prints
// each timed call against the floor; the garbage collections by kind (trace) and which timed call
// they fell in; then the functions with the most self time (CPU profile of all runs). `LINES=N`
// adds the N hottest lines of the bundled page script; `BALLAST=1` seeds first, as the full run
// does. A diagnostic, not a figure:
// `npm run bench -- --only metrics-problems` times it.

import { type CpuProfile, selfTimes } from './cpu-profile';
import { launchExtension } from './extension-browser';
import { bundlePageApi, call } from './page-call';

const runs = Number(process.argv[2] ?? 10);
const leads = Number(process.argv[3] ?? 100_000);
const ext = await launchExtension();
try {
  const page = await ext.open('bench-blank.html');
  await page.evaluate(await bundlePageApi());
  // BALLAST=1: the page first seeds 10k and 100k leads, as the full bench's popup figures do
  // before this one (their generated pipelines stay in the page's memory).
  if (process.env.BALLAST) for (const n of [10_000, 100_000]) await call(page, 'seed', n);
  await call(page, 'prepareMetrics', leads);
  await call(page, 'metricsAndProblems');
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const gc: { name: string; dur?: number; ph: string }[] = [];
  cdp.on('Tracing.dataCollected', (d) => gc.push(...(d.value as never[])));
  const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    categories: 'v8,disabled-by-default-v8.gc,devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const floors: number[] = [];
  const figures: number[] = [];
  for (let r = 0; r < runs; r++) {
    floors.push(await call<number>(page, 'singlePass'));
    figures.push(await call<number>(page, 'metricsAndProblems'));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await traced;
  // Garbage collections during the runs, by kind: which allocations to cut first.
  const kinds = new Map<string, [number, number]>();
  for (const e of gc) {
    if (e.ph !== 'X' || !/GC|Scaveng|Mark|Sweep|Compact/i.test(e.name)) continue;
    const [n, t] = kinds.get(e.name) ?? [0, 0];
    kinds.set(e.name, [n + 1, t + (e.dur ?? 0) / 1000]);
  }
  for (const [name, [n, t]] of [...kinds].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15))
    console.log(`  gc ${name}: ${n}× ${(t / runs).toFixed(1)} ms/run`);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  console.log(`floor ${floors.map((x) => x.toFixed(0)).join(' ')}  median ${med(floors).toFixed(1)}`);
  console.log(`figure ${figures.map((x) => x.toFixed(0)).join(' ')}  median ${med(figures).toFixed(1)}`);
  console.log(`ratio ${(med(figures) / med(floors)).toFixed(2)}×  (total per run below = ms/run)`);
  const split = gcSplit(profile);
  for (const [name, t] of split) console.log(`  gc during ${name}: ${(t / runs).toFixed(1)} ms/run`);
  if (process.env.LINES) for (const line of hotLines(profile, Number(process.env.LINES))) console.log(line);
  for (const [name, t] of selfTimes(profile).slice(0, 40))
    console.log(`  ${(t / runs).toFixed(1).padStart(7)} ms  ${name}`);
} finally {
  await ext.close();
}

/** Garbage-collector samples charged to the timed call that was running before them (floor or figure). */
function gcSplit(p: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const top = (id: number): string | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (name === 'singlePass' || name === 'metricsAndProblems') return name;
    }
    return undefined;
  };
  const out = new Map<string, number>();
  let current = '(outside)';
  p.samples.forEach((s, i) => {
    const name = byId.get(s)?.callFrame.functionName;
    if (name === '(garbage collector)')
      out.set(current, (out.get(current) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    else current = top(s) ?? '(outside)';
  });
  return out;
}

/** The hottest source lines (of the bundled page script) with their sample counts. */
function hotLines(p: CpuProfile, top: number): string[] {
  const ticks = new Map<string, number>();
  for (const n of p.nodes)
    for (const t of n.positionTicks ?? []) {
      const key = `${n.callFrame.functionName}:${t.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t.ticks);
    }
  return [...ticks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${String(v).padStart(6)} ${k}`);
}
