import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Frame, Request } from '@playwright/test';
import { EXTENSION_DIR, expect, storedLeads, test } from '../support/extension';

type Answer = { ok: boolean; candidate?: unknown; created?: boolean };
declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<Answer> } };

// A page without scripts: once loaded it cannot ask for anything more, so every
// request after that moment can only come from the extension.
const PROFILE = {
  html: 'test/fixtures/pages/linkedin/sales-nav-lead-with-profile-link.html',
  url: 'https://www.linkedin.com/sales/lead/ACwAAFIXTURE0001,NAME_SEARCH,aB3x?_ntb=FIXTUREntb',
  name: 'Castell',
};
/** Requests the test itself makes to prove the recorder sees pages and the service worker. */
const CONTROL = 'https://control.invalid/';

test('no network requests from extension pages or the service worker during capture, save and export', async ({
  context,
  worker,
  openFixture,
  openExtensionPage,
}) => {
  const seen: { url: string; from: string; frame?: Frame }[] = [];
  // Recorded from the start: the page's own requests, then (there must be none) the extension's.
  const record = (r: Request) => {
    if (!/^https?:/i.test(r.url())) return; // chrome-extension:, blob:, data: never leave the browser
    const worker = r.serviceWorker();
    const frame = worker ? undefined : r.frame();
    seen.push({ url: r.url(), from: worker ? 'service worker' : (frame?.url() ?? '?'), frame });
  };
  context.on('request', record);
  // Anything that does try the network is refused, so nothing can leak even if an assertion were wrong.
  await context.route(/^https?:/i, (route) => route.abort());

  const { page: fixture, tabId } = await openFixture(PROFILE.html, PROFILE.url);
  await fixture.waitForLoadState('load');
  // Before the extension does anything: only the fixture page and its own images were asked for.
  const pageOwn = seen.splice(0);
  expect(pageOwn.map((s) => s.url)).toContain(PROFILE.url);
  expect(pageOwn.every((s) => s.frame === fixture.mainFrame())).toBe(true);

  // Capture and save through the service worker, as the popup does.
  const page = await openExtensionPage('data.html');
  const captured = await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'capture-tab', tabId: id }),
    tabId,
  );
  expect(captured).toMatchObject({ ok: true });
  const saved = await page.evaluate(
    (candidate) => chrome.runtime.sendMessage({ type: 'save-candidate', candidate }),
    captured.candidate,
  );
  expect(saved).toMatchObject({ ok: true, created: true });
  expect(await storedLeads(page)).toHaveLength(1);

  // Export a backup and a CSV from the data page.
  await page.reload();
  for (const name of [/^(export backup|exportar copia)$/i, /^(export csv|exportar csv)$/i]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain(PROFILE.name);
  }
  // Every screen of the popup, each loaded once.
  const popup = await openExtensionPage('popup.html');
  for (const screen of await popup.locator('button[data-screen]').all()) {
    await screen.click();
    await popup.waitForTimeout(200);
  }

  // From capture to export: not one request, from any page or the worker.
  expect(seen.map(({ url, from }) => ({ url, from }))).toEqual([]);

  // Controls: a request from an extension page and one from the service worker are both seen.
  await page.evaluate((u) => fetch(`${u}page`).catch(() => undefined), CONTROL);
  await worker.evaluate((u) => fetch(`${u}worker`).catch(() => undefined), CONTROL);
  await expect.poll(() => seen.map((s) => s.url).sort()).toEqual([`${CONTROL}page`, `${CONTROL}worker`]);
});

test('the extension pages refuse remote and inline scripts (CSP)', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('data.html');
  const result = await page.evaluate(
    () =>
      new Promise<{ blocked: string[]; inlineRan: boolean }>((resolve) => {
        const blocked: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
        const remote = document.createElement('script');
        remote.src = 'https://cdn.example.invalid/evil.js';
        document.head.append(remote);
        const inline = document.createElement('script');
        inline.textContent = 'window.__inlineRan = true';
        document.head.append(inline);
        setTimeout(
          () =>
            resolve({
              blocked,
              inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
            }),
          300,
        );
      }),
  );
  expect(result.blocked).toContain('https://cdn.example.invalid/evil.js');
  expect(result.blocked).toContain('inline');
  expect(result.inlineRan).toBe(false);
});

/** Every built file of an extension folder, with its text. */
function builtFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|js|css|json)$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, text: readFileSync(path, 'utf8') };
    });
}

const BUILDS = [EXTENSION_DIR, '.output/chrome-mv3'].filter((d) => existsSync(join(d, 'manifest.json')));

for (const dir of BUILDS) {
  test(`${relative('.', dir)}: strict CSP and no remote code`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    // No CSP key means the browser's MV3 default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'.
    const csp: string | undefined = manifest.content_security_policy?.extension_pages;
    if (csp !== undefined) {
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
      for (const source of scriptSrc) expect(["'self'", "'wasm-unsafe-eval'"]).toContain(source);
    }
    expect(typeof manifest.content_security_policy).not.toBe('string'); // the MV2 form, which MV3 rejects
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);

    const files = builtFiles(dir);
    expect(files.some((f) => f.path.endsWith('data.html'))).toBe(true);
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.text, f.path).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(f.text, f.path).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
      expect(f.text, f.path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
    }
    for (const f of files.filter((x) => x.path.endsWith('.js'))) {
      expect(f.text, f.path).not.toMatch(/\b(import|importScripts)\s*\(\s*["'`]https?:/);
      expect(f.text, f.path).not.toMatch(/\bfetch\s*\(\s*["'`]https?:/);
      expect(f.text, f.path).not.toMatch(/new\s+(Shared)?Worker\s*\(\s*["'`]https?:/);
      expect(f.text, f.path).not.toMatch(/\.src\s*=\s*["'`]https?:[^"'`]*\.m?js/);
    }
  });
}
