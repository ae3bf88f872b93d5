import { expect, storedLeads, test } from '../support/extension';
import { pageButton } from '../support/page-button';

// Handlers the e2e build exposes in the service worker (see extension/entrypoints/background.ts).
type TestHooks = {
  embudoTest: {
    onCommand: (
      command: string,
      tab: { id: number },
    ) => Promise<{ ok: boolean; name?: string; reason?: string }>;
    onMenu: (info: object, tab?: { id?: number }) => Promise<{ ok: boolean; name?: string; reason?: string }>;
  };
};

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-2nd-degree-no-photo.html',
  url: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
};

test('the keyboard shortcut captures the current tab without the popup and marks the badge', async ({
  openFixture,
  openExtensionPage,
  worker,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const res = await worker.evaluate(
    (id) => (globalThis as unknown as TestHooks).embudoTest.onCommand('capture-tab', { id }),
    tabId,
  );
  expect(res).toMatchObject({ ok: true, name: 'Lucía Ferrer Ortega' });
  const badge = await worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
  expect(badge).toBe('✓');
  const popup = await openExtensionPage('popup.html');
  const leads = await storedLeads(popup);
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ name: 'Lucía Ferrer Ortega', company: 'Swedbank', source: 'linkedin' });
  await expect(popup.locator('[data-stage="awareness"] .lead-name')).toHaveText(['Lucía Ferrer Ortega']);
});

test('the shortcut on a list page saves nothing and says so on the badge', async ({
  openFixture,
  openExtensionPage,
  worker,
}) => {
  const { tabId } = await openFixture(
    'test/fixtures/pages/gmail/inbox-list.html',
    'https://mail.google.com/mail/u/0/#inbox',
  );
  const res = await worker.evaluate(
    (id) => (globalThis as unknown as TestHooks).embudoTest.onCommand('capture-tab', { id }),
    tabId,
  );
  expect(res).toMatchObject({ ok: false, reason: 'nothing-here' });
  expect(await storedLeads(await openExtensionPage('popup.html'))).toHaveLength(0);
});

test('"Capture as prospect" on a mailto link saves the person; on plain text without a contact it saves nothing', async ({
  worker,
  openExtensionPage,
}) => {
  const res = await worker.evaluate((info) => (globalThis as unknown as TestHooks).embudoTest.onMenu(info), {
    menuItemId: 'embudo-capture-mailto',
    pageUrl: 'https://www.ejemplo-industrial.es/contacto',
    linkUrl: 'mailto:laura.campos@ejemplo-industrial.es?subject=Hola',
  });
  expect(res.ok).toBe(true);
  const nothing = await worker.evaluate(
    (info) => (globalThis as unknown as TestHooks).embudoTest.onMenu(info),
    {
      menuItemId: 'embudo-capture-selection',
      pageUrl: 'https://example.org/',
      selectionText: 'the weather is nice',
    },
  );
  expect(nothing).toMatchObject({ ok: false, reason: 'nothing-here' });
  const leads = await storedLeads(await openExtensionPage('popup.html'));
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({
    email: 'laura.campos@ejemplo-industrial.es',
    source: expect.stringMatching(/web|email/),
  });
});

test('the in-page button is off by default and, once switched on, captures the profile it sits on', async ({
  context,
  openFixture,
  openExtensionPage,
}) => {
  const first = await openFixture(PROFILE.html, PROFILE.url);
  await expect(first.page.locator('#embudo-capture-button')).toHaveCount(0);

  const popup = await openExtensionPage('popup.html');
  const state = await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }
    ).chrome.runtime.sendMessage({
      type: 'set-page-button',
      enabled: true,
    }),
  );
  expect(state).toMatchObject({ enabled: true });

  const { page } = await openFixture(PROFILE.html, `${PROFILE.url}?again=1`);
  // The button sits in a closed shadow root: found through the inspector, pressed with the mouse.
  await expect(page.locator('#embudo-capture-button')).toHaveCount(1);
  const button = await pageButton(page);
  expect(button.text).toMatch(/capture|capturar/i);
  await page.mouse.click(button.x, button.y);
  await expect.poll(async () => (await pageButton(page)).text).toMatch(/Lucía Ferrer Ortega/);
  expect(await storedLeads(popup)).toHaveLength(1);
  void context;
});
