import type { Page } from '@playwright/test';
import { expect, storedLeads, test } from '../support/extension';
import { whenReady } from '../support/seed';
import { seedLayout } from './layout-fixture';

test.setTimeout(180_000);

async function open(openPage: (path: string) => Promise<Page>, path: string) {
  const page = await whenReady(await openPage(path));
  await seedLayout(page, 'en');
  return whenReady(page);
}

const stageOf = async (page: Page, id: string) => {
  const lead = (await storedLeads(page)).find((l) => l.id === id);
  return `${lead?.status}/${lead?.stage}`;
};

test('a card is dragged between columns on the board, and onto Purchase · won', async ({
  openExtensionPage,
}) => {
  const full = await open(openExtensionPage, 'popup.html?view=full');
  await full.setViewportSize({ width: 1280, height: 800 });
  // Attention first: an overdue next step (l0, due long ago) heads Awareness before fresher deals.
  await expect(full.locator('[data-stage="awareness"] .lead-row').first()).toHaveAttribute(
    'data-lead-id',
    'l0',
  );

  await full.locator('.lead-row[data-lead-id="l1"]').dragTo(full.locator('[data-stage="consideration"]'));
  await expect(full.locator('[data-stage="consideration"] .lead-row[data-lead-id="l1"]')).toBeVisible();
  expect(await stageOf(full, 'l1')).toBe('open/consideration');

  await full.locator('.lead-row[data-lead-id="l3"]').dragTo(full.locator('[data-stage="won"]'));
  await expect(full.locator('[data-stage="won"] .lead-row[data-lead-id="l3"]')).toBeVisible();
  expect(await stageOf(full, 'l3')).toBe('won/purchase');

  // A jump over stages asks first, as the lead's own Move does.
  await full.locator('.lead-row[data-lead-id="l4"]').dragTo(full.locator('[data-stage="decision"]'));
  await expect(full.getByRole('dialog')).toBeVisible();
  await full.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await stageOf(full, 'l4')).toBe('open/awareness');

  // Lost asks for a reason.
  await full.locator('.lead-row[data-lead-id="l2"]').dragTo(full.locator('[data-stage="lost"]'));
  await full
    .getByRole('dialog')
    .getByRole('button', { name: /mark lost/i })
    .click();
  await expect(full.locator('[data-stage="lost"] .lead-row[data-lead-id="l2"]')).toBeVisible();
  expect(await stageOf(full, 'l2')).toBe('lost/consideration');
});

test('a problem row sets the next step in place, and the counts follow', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage, 'popup.html');
  await page.locator('.screen-nav [data-screen="problems"]').click();
  const before = Number(await page.locator('.problems-total').getAttribute('data-total'));
  const row = page.locator('.problem-group[data-problem="stalled"] li[data-lead="l0"]');
  await row.getByRole('button', { name: 'Set next step' }).click();
  await row.getByLabel('Next step', { exact: true }).fill('Call the buyer');
  await row.getByLabel('Next step due').fill('2099-01-10');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await storedLeads(page)).find((l) => l.id === 'l0')?.nextStep)
    .toBe('Call the buyer');
  // Touched today, the lead is no longer stalled: it leaves the list, and the heading and the tab count one less.
  await expect(row).toHaveCount(0);
  await expect(page.locator('.problems-total')).toHaveAttribute('data-total', String(before - 1));
  await expect(page.locator('.screen-nav [data-screen="problems"] .tab-count')).toHaveAttribute(
    'data-count',
    String(before - 1),
  );
});

test('leads by source says it is the period total, charts the period, and charts follow the theme', async ({
  openExtensionPage,
}) => {
  const page = await open(openExtensionPage, 'popup.html');
  await page.setViewportSize({ width: 440, height: 600 });
  await page.locator('.screen-nav [data-screen="metrics"]').click();
  const card = page.locator('.metric-card[data-metric="leads-by-source"]');
  await expect(card.locator('h3')).toHaveText('Leads per month by source (total in the period)');
  await expect(card).toContainText('a month on average');
  const canvas = page.locator('.chart-canvas[data-chart="leads-by-source"]');
  await expect(canvas).toHaveAttribute('data-ink', /.+/);
  const light = await canvas.getAttribute('data-ink');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(canvas).not.toHaveAttribute('data-ink', light ?? '');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(canvas).toHaveAttribute('data-ink', light ?? '');
});
