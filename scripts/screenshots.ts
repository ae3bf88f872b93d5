// `npx tsx scripts/screenshots.ts`: the pictures in the README and the playbook,
// taken from the real extension (test build) in headless Chromium with invented data.
import { mkdirSync, readFileSync } from 'node:fs';
import { launchExtension } from './bench/extension-browser';
import { bundlePageApi } from './bench/page-call';

const SHOTS = 'playbook-site/assets/screenshots';
mkdirSync(SHOTS, { recursive: true });
mkdirSync('docs/images', { recursive: true });
// The popup's own width (popup.css); Chrome sizes the toolbar popup to it.
const size = { width: 440, height: 600 };
const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

const api = await bundlePageApi();

const ext = await launchExtension();
try {
  const setup = await ext.open('bench-blank.html');
  await setup.evaluate(api);
  await setup.evaluate(() =>
    (globalThis as unknown as { __bench: { seed: (n: number) => Promise<unknown> } }).__bench.seed(48),
  );

  const html = readFileSync(PROFILE.html, 'utf8');
  await ext.context.route(PROFILE.url, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const tab = await ext.context.newPage();
  await tab.route(
    (u) => u.href !== PROFILE.url,
    (r) => r.abort(),
  );
  await tab.goto(PROFILE.url, { waitUntil: 'domcontentloaded' });
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const tabId = await worker.evaluate(async (href) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
    };
    return (await chrome.tabs.query({})).find((t) => t.url === href)?.id ?? -1;
  }, PROFILE.url);

  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('popup-ready').length > 0);
  await popup.screenshot({ path: `${SHOTS}/popup-pipeline.png` });
  await popup.screenshot({ path: 'docs/images/popup.png' });
  await popup.getByRole('button', { name: /capture this page/i }).click();
  await popup.locator('#field-name').waitFor();
  await popup.screenshot({ path: `${SHOTS}/popup-capture.png` });

  await popup.goto(`chrome-extension://${ext.id}/popup.html?screen=metrics`);
  await popup.waitForTimeout(1500);
  await popup.screenshot({ path: `${SHOTS}/popup-metrics.png` });
  console.log(`screenshots written to ${SHOTS}/ and docs/images/`);
} finally {
  await ext.close();
}
