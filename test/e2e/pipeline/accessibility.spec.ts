import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { makeLead, seed, seriousA11yViolations, whenReady } from '../support/seed';

const now = Date.now();
const LEADS = [
  makeLead({
    id: 'a',
    name: 'Ana <b>Gil</b>',
    company: 'Acme',
    stage: 'decision',
    value: 5000,
    quality: 1,
    nextStep: 'Call',
    nextStepDue: '2025-01-02',
  }),
  makeLead({ id: 'b', name: 'Bruno Paz', stage: 'interest', source: 'referral' }),
  makeLead({ id: 'c', name: 'Carla Ríos', stage: 'purchase', status: 'won', value: 900 }),
  makeLead({ id: 'd', name: 'Dani Sol', stage: 'consideration', status: 'lost', lostReason: 'Price' }),
  makeLead({ id: 'e', name: 'Eva Mar', stage: 'awareness', stageChangedAt: now - 90 * 86_400_000 }),
];

async function check(page: Page, view: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousA11yViolations(page), `${view} (${colorScheme})`).toEqual([]);
  }
}

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

// Each view is checked by axe twice (light and dark): a dozen views in one test hit the
// 30 s time-out on a busy 2-core machine, so the views are split over three tests, each
// with a generous time-out of its own.
test.describe.configure({ timeout: 120_000 });

test('no serious or critical axe findings: empty state and capture review, light or dark', async ({
  openExtensionPage,
  openFixture,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await check(popup, 'empty state');

  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.locator('#field-name')).toBeVisible();
  await check(popup, 'capture review');
});

test('no serious or critical axe findings: pipeline, find, lead detail and its dialogs', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, { leads: LEADS });
  await popup.locator('[data-stage="won"] .fold').click();
  await popup.locator('[data-stage="lost"] .fold').click();
  await expect(popup.locator('.badge').first()).toBeVisible();
  await check(popup, 'pipeline');

  await popup.getByRole('button', { name: 'Filter and sort' }).click();
  await popup.getByLabel('Sort by').selectOption('value');
  await expect(popup.locator('.find-results .lead-row')).toHaveCount(5);
  await check(popup, 'find');
  await popup.getByRole('button', { name: 'Clear' }).click();

  await popup.locator('.lead-row', { hasText: 'Bruno Paz' }).click();
  await expect(popup.locator('.history')).toBeVisible();
  await check(popup, 'lead detail');
  await popup.getByLabel('Move to', { exact: true }).selectOption('decision');
  await popup.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(popup.getByRole('dialog')).toBeVisible();
  await check(popup, 'skip dialog');
  await popup.keyboard.press('Escape');
  await popup.getByRole('button', { name: 'Mark lost…' }).click();
  await check(popup, 'lost dialog');
});

test('no serious or critical axe findings: forms with errors and the full-view board', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, { leads: LEADS });
  await popup.locator('.lead-row', { hasText: 'Bruno Paz' }).click();
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await popup.getByLabel('Deal value').fill('-1');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.locator('#lead-value-error')).toBeVisible();
  await check(popup, 'lead form with errors');

  await popup.getByRole('button', { name: 'Add lead' }).click();
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.locator('#lead-name-error')).toBeVisible();
  await check(popup, 'add lead with errors');

  await popup.getByRole('button', { name: 'Settings' }).click();
  await popup.getByLabel('Open opportunities one rep can handle').fill('0');
  await popup.getByRole('button', { name: 'Save settings' }).click();
  await expect(popup.locator('#set-capacity-error')).toBeVisible();
  await check(popup, 'settings with errors');

  const full = await whenReady(await openExtensionPage('popup.html?view=full'));
  await full.setViewportSize({ width: 1400, height: 900 });
  await check(full, 'full view board');
});
