import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the other scripts
import { chromiumPath, QUIET_FLAGS } from '../lib/chromium.mjs';

export interface ExtensionBrowser {
  context: BrowserContext;
  id: string;
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Headless Chromium with the test build loaded (it has the bench's blank page). */
export async function launchExtension(dir = resolve('.output-test/chrome-mv3')): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    open: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** Milliseconds from navigation start to a performance mark, read in the page. */
export async function timeToMark(page: Page, url: string, mark: string, timeout = 30_000): Promise<number> {
  await page.goto(url);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    const started = Date.now();
    (function poll() {
      const entry = performance.getEntriesByName(${JSON.stringify(mark)})[0];
      if (entry) resolve(entry.startTime);
      else if (Date.now() - started > ${timeout}) reject(new Error('no mark ${mark}'));
      else setTimeout(poll, 5);
    })();
  })`);
}
