import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the corpus runner
import { extractorScript } from '../lib/extract-bundle.mjs';
import { type ExtensionBrowser, timeToMark } from './extension-browser';
import { call } from './page-call';
import { type FigureResult, runFigure } from './runner';

const LARGEST = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

/**
 * Metrics + problems on 100k leads ÷ one pass over the same events, with
 * --quick too: at 10k the pass takes ≈ 2 ms and fixed costs swamp the ratio.
 */
export async function metricsFigure(setup: Page, opts: { runs: number }): Promise<FigureResult> {
  const leads = 100_000;
  const events = await call<number>(setup, 'prepareMetrics', leads);
  return runFigure(
    {
      id: 'metrics-problems',
      label: `metrics + problems, ${leads / 1000}k leads / ${Math.round(events / 1000)}k events`,
      group: 'metrics',
      floor: { label: 'one pass over the events', measure: () => call(setup, 'singlePass') },
      measure: () => call(setup, 'metricsAndProblems'),
      warmUp: () => call(setup, 'metricsAndProblems'), // JIT
      target: { ratio: 3 },
    },
    opts.runs,
  );
}

/** Milliseconds from a click on the Metrics tab to the screen's figures on screen (its `metrics-ready` mark). */
function clickMetrics(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    document.querySelector('button[data-screen="metrics"]').click();
    (function poll() {
      const entry = performance.getEntriesByName('metrics-ready').find((e) => e.startTime >= t0);
      if (entry) resolve(entry.startTime - t0);
      else if (performance.now() - t0 > 30000) reject(new Error('no metrics-ready mark'));
      else setTimeout(poll, 2);
    })();
  })`);
}

/**
 * The metrics screen's first open in a freshly opened popup (its code, the
 * engine and the chart code load, every lead is read, the figures computed) ÷
 * the same click on a screen already opened once in that page (code loaded,
 * data cached: only drawing is left). Same click, same page, same DOM: what
 * differs is exactly what the first open pays. Run on the pipeline the popup
 * figures seeded last.
 */
export async function metricsScreenFigure(
  ext: ExtensionBrowser,
  opts: { runs: number },
): Promise<FigureResult> {
  const page = await ext.context.newPage();
  const popup = `chrome-extension://${ext.id}/popup.html`;
  const fresh = async () => {
    await timeToMark(page, popup, 'popup-ready');
  };
  const result = await runFigure(
    {
      id: 'metrics-first-open',
      label: 'metrics screen, first open',
      group: 'metrics',
      floor: {
        label: 'same screen re-opened',
        measure: async () => {
          await fresh();
          await clickMetrics(page);
          await page.click('button[data-screen="pipeline"]');
          return clickMetrics(page);
        },
      },
      measure: async () => {
        await fresh();
        return clickMetrics(page);
      },
    },
    opts.runs,
  );
  await page.close();
  return result;
}

/** Extraction on the largest fixture ÷ one walk over its elements; capture → saved ÷ two bare round trips. */
export async function captureFigures(
  ext: ExtensionBrowser,
  opts: { runs: number; want: (id: string) => boolean },
): Promise<FigureResult[]> {
  const html = readFileSync(LARGEST.html, 'utf8');
  await ext.context.route(LARGEST.url, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await ext.context.newPage();
  await page.route(
    (u) => u.href !== LARGEST.url,
    (r) => r.abort(),
  );
  await page.goto(LARGEST.url, { waitUntil: 'domcontentloaded' });
  const script: string = await extractorScript();
  // The bundle defines the extractors then runs them; its evaluation cost is part of a real capture too.
  const timed = `(() => { const t0 = performance.now(); ${script}; return performance.now() - t0; })()`;
  // The floor visits every element once and reads its tag: the least a pass over the page costs
  // (reading each element's text instead would cost more than the extraction itself, nested text
  // being read again at every level).
  const walk = `(() => { const t0 = performance.now(); let n = 0;
    for (const el of document.querySelectorAll('*')) n += el.tagName.length;
    if (n < 0) throw new Error('unreachable'); return performance.now() - t0; })()`;
  const figures: FigureResult[] = [];
  if (opts.want('extract-largest'))
    figures.push(
      await runFigure(
        {
          id: 'extract-largest',
          label: `extraction, largest fixture (${(html.length / 1024).toFixed(0)} KB)`,
          group: 'capture',
          floor: { label: 'one walk over its elements', measure: () => page.evaluate(walk) },
          measure: () => page.evaluate(timed),
          target: { ratio: 3 },
        },
        opts.runs,
      ),
    );
  const tabId = await tabIdOf(ext, LARGEST.url);
  const popup = await ext.open('bench-blank.html');
  if (opts.want('capture-to-saved'))
    figures.push(
      await runFigure(
        {
          id: 'capture-to-saved',
          label: 'capture → saved (popup messages)',
          group: 'capture',
          floor: { label: 'two bare round trips', measure: () => popup.evaluate(ROUND_TRIPS) },
          measure: () => popup.evaluate(CAPTURE, tabId),
          target: { ratio: 15 },
        },
        opts.runs,
      ),
    );
  await page.close();
  await popup.close();
  return figures;
}

type Chrome = {
  chrome: {
    tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage: (m: object) => Promise<{ ok: boolean; reason?: string; detail?: string }> };
  };
};

async function tabIdOf(ext: ExtensionBrowser, href: string): Promise<number> {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  return worker.evaluate(async (href) => {
    const tabs = await (globalThis as unknown as Chrome).chrome.tabs.query({});
    return tabs.find((t) => t.url === href)?.id ?? -1;
  }, href);
}

/** As many messages as a capture sends, each answered at once by the background (`ping`). */
const ROUND_TRIPS = async () => {
  const { chrome } = globalThis as unknown as Chrome;
  const t0 = performance.now();
  for (let i = 0; i < 2; i++) {
    const res = await chrome.runtime.sendMessage({ type: 'ping' });
    if (!res.ok) throw new Error('ping failed');
  }
  return performance.now() - t0;
};

const CAPTURE = async (tabId: number) => {
  const { chrome } = globalThis as unknown as Chrome;
  const t0 = performance.now();
  const res = (await chrome.runtime.sendMessage({ type: 'capture-tab', tabId })) as {
    ok: boolean;
    reason?: string;
    candidate?: unknown;
  };
  if (!res.ok) throw new Error(`capture failed: ${res.reason}`);
  const saved = await chrome.runtime.sendMessage({ type: 'save-candidate', candidate: res.candidate });
  if (!saved.ok) throw new Error(`save failed: ${saved.detail}`);
  return performance.now() - t0;
};
