import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with the scripts
import { firefoxPath, OFFLINE_PREFS } from '../../../scripts/lib/firefox.mjs';

/** The Firefox test build: the shipped add-on plus host access to the fixture hosts (wxt.config.ts). */
export const ADDON_DIR = resolve('.output-test/firefox-mv3');
const ADDON_ID = 'embudo@embudo.app';
/** Fixed so the test knows the add-on's moz-extension:// origin before it is installed. */
export const ADDON_UUID = '3f6b3a52-5c1e-4e0f-9d0a-e1b0e1b0e1b0';

/**
 * Waits until `check(arg)` holds inside the page, asking up to `tries` times
 * (a count, not a deadline: a busy machine only makes it slower).
 */
export async function until(
  page: Page,
  check: (arg: string) => boolean,
  arg = '',
  tries = 600,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    // A page in mid-navigation throws: that is "not yet".
    if (await page.evaluate(check, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still not true after ${tries} checks: ${check.toString()} (${JSON.stringify(arg)})`);
}

export interface FirefoxSession {
  browser: Browser;
  /** Opens an add-on page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Serves a saved page at its real URL, refusing everything else it asks for; returns its tab id. */
  openFixture: (htmlFile: string, url: string) => Promise<{ page: Page; tabId: number }>;
  close: () => Promise<void>;
}

/** Headless Firefox ESR with the test build installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the remote protocol install add-ons (Firefox 138+).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  await browser.installExtension(ADDON_DIR);

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    const href = `moz-extension://${ADDON_UUID}/${path}`;
    // Puppeteer does not see a tab move into the add-on's process as a finished
    // navigation (its goto never settles), so the page is asked when it is there.
    page.goto(href).catch(() => undefined);
    await until(page, (h) => location.href === h && document.readyState === 'complete', href);
    return page;
  };

  let control: Page | undefined;
  const tabIdOf = async (href: string) => {
    control ??= await openExtensionPage('popup.html');
    return control.evaluate(async (u) => {
      const ext = (
        globalThis as unknown as {
          browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
        }
      ).browser;
      return (await ext.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, href);
  };

  const openFixture = async (htmlFile: string, url: string) => {
    const html = readFileSync(resolve(htmlFile), 'utf8');
    const served = url.split('#')[0] as string;
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === served)
        void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void req.abort();
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { page, tabId: await tabIdOf(url) };
  };

  return { browser, openExtensionPage, openFixture, close: () => browser.close() };
}
