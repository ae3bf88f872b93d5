import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/lib/chromium.mjs';
import { storedRows } from './seed';

// The extension APIs, as seen from the service worker inside the browser.
declare const chrome: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };

/** The test build: the shipped extension plus host access to the fixture hosts (see wxt.config.ts). */
export const EXTENSION_DIR = resolve('.output-test/chrome-mv3');

export interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. `popup.html?tab=3`). */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Serves a saved page at its real URL and opens it; returns the page and its tab id. */
  openFixture: (htmlFile: string, url: string) => Promise<{ page: Page; tabId: number }>;
}

/** A fresh headless browser profile with the test build loaded (a spec may need several). */
export function launchWithExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_FLAGS,
    ],
  });
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  openFixture: async ({ context, worker }, use) => {
    await use(async (htmlFile, url) => {
      const html = readFileSync(resolve(htmlFile), 'utf8');
      // Requests never carry the #fragment (Gmail keeps its route there).
      const served = url.split('#')[0] as string;
      // The fixture is served at its real URL; everything else it asks for is refused.
      await context.route(
        (u) => u.href === served,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      const page = await context.newPage();
      await page.route(
        (u) => u.href !== served,
        (route) => route.abort(),
      );
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = await worker.evaluate(async (href) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === href)?.id ?? -1;
      }, url);
      return { page, tabId };
    });
  },
});

export const expect = test.expect;

type StoredLead = { id: string; name: string; stage: string; status: string } & Record<string, unknown>;

/** Reads every lead straight from the extension's IndexedDB (through an extension page). */
export function storedLeads(page: Page): Promise<StoredLead[]> {
  return storedRows<StoredLead>(page, 'leads');
}
