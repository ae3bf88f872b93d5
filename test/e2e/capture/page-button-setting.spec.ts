import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { seriousA11yViolations, whenReady } from '../support/seed';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-2nd-degree-no-photo.html',
  url: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
};

type ButtonState = { enabled: boolean; origins: string[] };
const pageButtonState = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<ButtonState> } } }
    ).chrome.runtime.sendMessage({ type: 'get-page-button' }),
  );

// The test build already holds these hosts, so the browser grants the request without a prompt.
test('the settings switch turns the in-page button on for LinkedIn and Gmail, and off again', async ({
  openExtensionPage,
  openFixture,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.locator('.screen-nav [data-screen="settings"]').click();
  const section = popup.locator('section.page-button');
  await expect(section.getByRole('heading')).toHaveText(
    /capture button on linkedin and gmail pages|botón de captura en páginas de linkedin y gmail/i,
  );
  await expect(section).toContainText(/asks for nothing until you switch|no pide nada hasta que lo actives/i);
  const toggle = section.getByRole('switch', { name: /show the capture button|mostrar el botón capturar/i });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).toBeEnabled();
  expect(await seriousA11yViolations(popup)).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(section.locator('#page-button-status')).toContainText(/LinkedIn, Gmail/);
  expect(await pageButtonState(popup)).toEqual({
    enabled: true,
    origins: ['https://*.linkedin.com/*', 'https://mail.google.com/*'],
  });
  const on = await openFixture(PROFILE.html, PROFILE.url);
  await expect(on.page.locator('#embudo-capture-button')).toHaveCount(1);

  // Reopened, the screen shows the state it reads from the background.
  await popup.reload();
  await whenReady(popup);
  await popup.locator('.screen-nav [data-screen="settings"]').click();
  await expect(popup.locator('section.page-button').getByRole('switch')).toHaveAttribute(
    'aria-checked',
    'true',
  );

  await popup.locator('section.page-button').getByRole('switch').click();
  await expect(popup.locator('section.page-button').getByRole('switch')).toHaveAttribute(
    'aria-checked',
    'false',
  );
  expect(await pageButtonState(popup)).toMatchObject({ enabled: false });
  const off = await openFixture(PROFILE.html, `${PROFILE.url}?after=off`);
  await off.page.waitForLoadState('load');
  // The button mounts at document_idle: give a registered script time to show, then check none did.
  await off.page.waitForTimeout(300);
  await expect(off.page.locator('#embudo-capture-button')).toHaveCount(0);
});
