// `npx tsx scripts/bench/profile-cold.ts [runs] [page]` (after `EMBUDO_TEST_BUILD=1 npx wxt build`):
// where the popup's first open after the browser starts goes. Seeds a profile with 10k leads,
// relaunches the browser for each run and opens the page under a Chromium trace and CPU profile;
// prints the page's main-thread trace events (script loads, evaluation, IndexedDB, style, layout,
// paint; `ALL=1` prints every event over 0.7 ms), its performance marks, and the functions that
// took the most self time. A diagnostic, not a figure: `npm run bench` times the open.
import { rmSync } from 'node:fs';
import { type CpuProfile, selfTimes } from './cpu-profile';
import { launchExtension, timeToMark } from './extension-browser';
import { seededColdProfile } from './figures-popup';
import { bundlePageApi } from './page-call';

const runs = Number(process.argv[2] ?? 3);
const path = process.argv[3] ?? 'popup.html';
const mark = path.startsWith('bench-blank') ? 'blank-ready' : 'popup-ready';
const pageApi = await bundlePageApi();
const { profile, id } = await seededColdProfile(pageApi, 10_000);
try {
  for (let r = 0; r < runs; r++) {
    const ext = await launchExtension({ profile, id });
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,blink,loading,disabled-by-default-devtools.timeline,IndexedDB',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await timeToMark(page, `chrome-extension://${id}/${path}`, mark);
    const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await traced;
    printTrace(events);
    const entries = (await page.evaluate(
      `performance.getEntries().map(e => [e.entryType, e.name.replace(/^chrome-extension:\\/\\/[^/]+/, ''), Math.round(e.startTime*10)/10, Math.round(e.duration*10)/10])`,
    )) as [string, string, number, number][];
    console.log(`\nrun ${r + 1}: ${mark} at ${ms.toFixed(1)} ms`);
    for (const [type, name, start, dur] of entries)
      console.log(`  ${type.padEnd(10)} ${start.toString().padStart(7)} +${dur}  ${name}`);
    const self = selfTimes(prof);
    for (const [name, t] of self.slice(0, 25)) console.log(`  ${t.toFixed(1).padStart(7)} ms  ${name}`);
    await ext.close();
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}
function printTrace(events: TraceEvent[]) {
  const SHOWN =
    /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|ParseHTML|Layout|UpdateLayoutTree|Paint|FunctionCall|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|EventDispatch|Commit|PrePaint|Layerize|ScriptEvaluate|v8\.parseOnBackground|v8\.produceCache|v8\.compileCode|ResourceSendRequest|ResourceFinish|IndexedDB.*|MarkDOMContent|MarkLoad|TimeStamp|IDB.*)$/;
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes('.html'));
  const pid = parse?.pid;
  const nav = events.find((e) => e.pid === pid && e.name === 'navigationStart');
  const t0 = nav?.ts ?? parse?.ts ?? 0;
  const main = events.filter((e) => e.pid === pid);
  const rows = main
    .filter(
      (e) =>
        (process.env.ALL
          ? (e.dur ?? 0) > 700 && e.tid === parse?.tid
          : SHOWN.test(e.name) && (e.dur === undefined || e.dur > 1500)) && e.ts >= t0 - 50_000,
    )
    .sort((a, b) => a.ts - b.ts);
  for (const e of rows.slice(0, 400)) {
    const data = (e.args?.data ?? {}) as Record<string, unknown>;
    const req = data.requestId ? `[${String(data.requestId).slice(-4)}] ` : '';
    const what =
      req +
      String(data.url ?? data.functionName ?? data.type ?? data.message ?? e.args?.name ?? '')
        .replace(/^chrome-extension:\/\/[^/]+/, '')
        .slice(0, 60);
    console.log(
      `  T ${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ${e.dur !== undefined ? `+${(e.dur / 1000).toFixed(1)}` : e.ph} tid${e.tid % 1000} ${e.name} ${what}`,
    );
  }
}
