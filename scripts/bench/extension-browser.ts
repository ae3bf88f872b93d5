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

const TEST_BUILD = resolve('.output-test/chrome-mv3');

/**
 * Headless Chromium with the test build loaded (it has the bench's blank page).
 * `profile` keeps the browser's data in that folder across launches (the cold
 * open relaunches on it); `id`, when known, spares waiting for the service
 * worker, which a relaunched browser starts only when an event calls for it.
 */
export async function launchExtension(
  opts: { dir?: string; profile?: string; id?: string } = {},
): Promise<ExtensionBrowser> {
  const dir = opts.dir ?? TEST_BUILD;
  const context = await chromium.launchPersistentContext(opts.profile ?? '', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
  const id =
    opts.id ??
    new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
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
  return waitForMark(page, mark, timeout);
}

/** Milliseconds from navigation start to a mark the page sets (now or later). */
export async function waitForMark(page: Page, mark: string, timeout = 30_000): Promise<number> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    const started = Date.now();
    (function poll() {
      const entry = performance.getEntriesByName(${JSON.stringify(mark)}).at(-1);
      if (entry) resolve(entry.startTime);
      else if (Date.now() - started > ${timeout}) reject(new Error('no mark ${mark}'));
      else setTimeout(poll, 5);
    })();
  })`);
}
