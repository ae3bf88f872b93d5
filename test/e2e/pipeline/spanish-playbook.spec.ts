import { chromium, expect, test } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/lib/chromium.mjs';
import { EXTENSION_DIR } from '../support/extension';
import { makeLead, seed } from '../support/seed';

// A browser in Spanish: every string, the stage names and the problem texts are Spanish,
// and "more in the playbook" opens the playbook built into the extension, at the section.
test('a Spanish browser gets Spanish stage names and opens the built-in playbook at the section', async () => {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'es-ES',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--lang=es',
      ...QUIET_FLAGS,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const old = Date.now() - 90 * 86_400_000;
    await seed(popup, {
      leads: [
        makeLead(
          { id: 'l1', name: 'Ana Vidal', stage: 'interest', stageChangedAt: old, updatedAt: old },
          old,
        ),
      ],
    });
    await expect(popup.locator('[data-stage="interest"]')).toContainText('Interés');
    await expect(popup.locator('[data-stage="awareness"]')).toContainText('Conciencia');

    await popup.goto(`chrome-extension://${id}/popup.html?screen=problems`);
    await expect(popup.getByText('Estancada').first()).toBeVisible();
    const link = popup.getByRole('link', { name: /playbook/i }).first();
    await expect(link).toHaveAttribute('href', `chrome-extension://${id}/playbook/es.html#problem-stalled`);
    const [playbook] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await playbook.waitForLoadState('domcontentloaded');
    await expect(playbook.locator('#problem-stalled')).toBeVisible();
    await expect(playbook.locator('#problem-stalled')).toContainText('Estancada');
  } finally {
    await context.close();
  }
});
