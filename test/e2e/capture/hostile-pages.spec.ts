import { expect, storedLeads, test } from '../support/extension';
import { pageButton } from '../support/page-button';

// What a hostile page (or a content script's world it could subvert) can try
// against the rep's data. Issue #16 items 1, 6 and 7.

type Res = { ok: boolean; reason?: string; created?: boolean; linkedinSkipped?: boolean };
type TestHooks = { embudoTest: { onCommand: (command: string, tab: { id: number }) => Promise<Res> } };
type Chrome = {
  chrome: {
    runtime: { sendMessage: (m: object) => Promise<unknown> };
    scripting: {
      executeScript: (o: object) => Promise<{ result: unknown }[]>;
    };
  };
};

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-2nd-degree-no-photo.html',
  url: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
};
const HOSTILE = {
  html: 'test/fixtures/pages/web/hostile-sameas-linkedin.html',
  url: 'https://www.directorio-ejemplo.es/perfil/lucia-ferrer/',
};

test('a page on another site naming a lead’s LinkedIn URL (sameAs) cannot touch that lead through the shortcut', async ({
  openFixture,
  openExtensionPage,
  worker,
}) => {
  const shortcut = (id: number) =>
    worker.evaluate(
      (tab) => (globalThis as unknown as TestHooks).embudoTest.onCommand('capture-tab', { id: tab }),
      id,
    );
  const profile = await openFixture(PROFILE.html, PROFILE.url);
  expect(await shortcut(profile.tabId)).toMatchObject({ ok: true, created: true });
  const popup = await openExtensionPage('popup.html');
  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({ name: 'Lucía Ferrer Ortega', company: 'Swedbank', linkedinUrl: PROFILE.url });

  const hostile = await openFixture(HOSTILE.html, HOSTILE.url);
  expect(await shortcut(hostile.tabId)).toMatchObject({ ok: true, created: true, linkedinSkipped: true });
  const after = await storedLeads(popup);
  expect(after).toHaveLength(2);
  expect(after.find((l) => l.id === lead?.id)).toEqual(lead);
  const other = after.find((l) => l.id !== lead?.id);
  expect(other).toMatchObject({ name: 'Lucía Ferrer (perfil verificado)', source: 'web' });
  expect(other).not.toHaveProperty('linkedinUrl');
});

test('page scripts cannot find or press the in-page button, and the content script world may only capture its own tab', async ({
  openFixture,
  openExtensionPage,
  worker,
}) => {
  const popup = await openExtensionPage('popup.html');
  const send = (m: object) =>
    popup.evaluate((msg) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(msg), m);
  expect(await send({ type: 'set-page-button', enabled: true })).toMatchObject({ enabled: true });
  const { page, tabId } = await openFixture(PROFILE.html, PROFILE.url);
  await expect(page.locator('#embudo-capture-button')).toHaveCount(1);
  const idle = await pageButton(page);
  expect(idle.disabled).toBe(false);

  // The page's own scripts (main world): no way in, and clicks they make are not the rep's.
  const seen = await page.evaluate(
    ({ x, y }) => {
      const host = document.getElementById('embudo-capture-button') as HTMLElement;
      const hit = document.elementFromPoint(x, y);
      host.click();
      hit?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      hit?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return { shadowRoot: host.shadowRoot === null ? null : 'open', hitIsHost: hit === host };
    },
    { x: idle.x, y: idle.y },
  );
  expect(seen).toEqual({ shadowRoot: null, hitIsHost: true });
  // A click the button accepted would have disabled it at once, in the same task.
  expect(await pageButton(page)).toMatchObject({ text: idle.text, disabled: false });
  expect(await storedLeads(popup)).toHaveLength(0);

  // The extension's isolated world on that page (where the button's script runs) asks for more.
  const forbidden = [
    { type: 'set-page-button', enabled: false },
    { type: 'get-page-button' },
    { type: 'capture-tab', tabId: 1 },
    { type: 'refresh-badge' },
    {
      type: 'save-candidate',
      candidate: {
        kind: 'person',
        name: 'Mallory',
        source: 'web',
        provenance: {
          pageUrl: PROFILE.url,
          capturedAt: 1,
          extractor: { id: 'x', version: 1 },
          confidence: {},
        },
      },
    },
  ];
  const answers = await worker.evaluate(
    async ({ tab, messages }) => {
      const { chrome } = globalThis as unknown as Chrome;
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab },
        args: [messages],
        func: (ms: object[]) =>
          Promise.all(ms.map((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m))),
      });
      return frame?.result;
    },
    { tab: tabId, messages: forbidden },
  );
  expect(answers).toEqual(forbidden.map(() => expect.objectContaining({ ok: false, reason: 'forbidden' })));
  expect(await send({ type: 'get-page-button' })).toMatchObject({ enabled: true });
  expect(await storedLeads(popup)).toHaveLength(0);

  // The rep's own click, a real one, captures the profile.
  await page.mouse.click(idle.x, idle.y);
  await expect
    .poll(async () => (await storedLeads(popup)).map((l) => l.name))
    .toEqual(['Lucía Ferrer Ortega']);
});
