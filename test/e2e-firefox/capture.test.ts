// The Firefox build in Firefox ESR: capture a saved LinkedIn profile from the
// popup and see the lead in the pipeline; capture by the keyboard shortcut's
// handler and see the toolbar badge. Run by `npm test` (scripts/test.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { type FirefoxSession, launchFirefox, until } from './support/firefox';

type Ext = {
  browser: {
    action: { getBadgeText: (d: { tabId: number }) => Promise<string> };
    runtime: { getBackgroundPage: () => Promise<Window & TestHooks> };
  };
};
type TestHooks = {
  embudoTest: { onCommand: (c: string, tab: { id: number }) => Promise<{ ok: boolean; name?: string }> };
};

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};
const CONTACT = {
  html: 'test/fixtures/pages/web/contact-page.html',
  url: 'https://www.ejemplo-industrial.es/contacto',
};

// Firefox start-up and the add-on's first load are slow on a busy 2-core machine.
const SLOW = { timeout: 180_000 };
let ff: FirefoxSession;
before(async () => {
  ff = await launchFirefox();
}, SLOW);
after(async () => {
  await ff?.close();
});

const fieldValue = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e as HTMLInputElement).value);

test('the popup captures a LinkedIn profile and the saved lead shows under Awareness', SLOW, async () => {
  const { tabId } = await ff.openFixture(PROFILE.html, PROFILE.url);
  assert.ok(tabId > 0, 'the fixture tab is visible to the add-on');
  const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);

  await popup.locator('button::-p-text(Capture this page)').click();
  await until(popup, () => !!document.querySelector('#field-name'));
  assert.equal(await fieldValue(popup, '#field-name'), 'Martín Salgado Brenner');
  assert.equal(await fieldValue(popup, '#field-company'), 'Novare Potential');

  await popup.locator('form button[type="submit"]').click();
  await until(
    popup,
    (name) => document.querySelector('[data-stage="awareness"] .lead-name')?.textContent === name,
    'Martín Salgado Brenner',
  );
  assert.equal(await popup.$eval('[data-stage="awareness"] .count', (e) => e.textContent), '1');
});

test('the shortcut capture saves a contact page and marks the toolbar badge', SLOW, async () => {
  const { tabId } = await ff.openFixture(CONTACT.html, CONTACT.url);
  const page = await ff.openExtensionPage('popup.html');
  const res = await page.evaluate(async (id) => {
    const ext = (globalThis as unknown as Ext).browser;
    const background = await ext.runtime.getBackgroundPage();
    const answer = await background.embudoTest.onCommand('capture-tab', { id });
    return { answer, badge: await ext.action.getBadgeText({ tabId: id }) };
  }, tabId);
  assert.equal(res.answer.ok, true, JSON.stringify(res.answer));
  assert.equal(res.badge, '✓');
});
