import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';

const DAY = 86_400_000;
const now = Date.now();
const LEADS = [
  makeLead({
    id: 'a',
    name: 'Martín Salgado',
    company: 'Novare',
    source: 'linkedin',
    stage: 'interest',
    value: 800,
  }),
  makeLead({
    id: 'b',
    name: 'Ana Gil',
    company: 'Acme',
    notes: 'Met at the Madrid fair',
    value: 9000,
    stage: 'consideration',
    stageChangedAt: now - 60 * DAY,
    updatedAt: now - 60 * DAY,
  }),
  makeLead({
    id: 'c',
    name: 'Luis Ruiz',
    company: 'Acme Iberia',
    status: 'lost',
    stage: 'decision',
    lostReason: 'Price',
  }),
  makeLead({
    id: 'd',
    name: 'Sofía Vidal',
    source: 'referral',
    stage: 'decision',
    quality: 1,
    nextStep: 'Call',
    nextStepDue: '2026-01-05',
  }),
];
const names = (page: Page) => page.locator('.find-results .lead-name');

test('search by text, filter by stage, source, status and problem, sort by value, days and due date', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, { leads: LEADS });

  await popup.getByLabel('Find leads').fill('martin');
  await expect(names(popup)).toHaveText(['Martín Salgado']);
  await expect(popup.locator('.find-results h2')).toHaveText('1 found');
  await popup.getByLabel('Find leads').fill('ACME');
  await expect(names(popup)).toHaveCount(2);
  await popup.getByLabel('Find leads').fill('madrid');
  await expect(names(popup)).toHaveText(['Ana Gil']);
  await popup.getByLabel('Find leads').fill('nobody-like-this');
  await expect(popup.getByText('No lead matches.', { exact: false })).toBeVisible();

  await popup.getByRole('button', { name: 'Clear' }).click();
  await expect(popup.locator('.find-results')).toHaveCount(0);
  await expect(popup.locator('[data-stage="decision"] .count')).toHaveText('1');

  await popup.getByRole('button', { name: 'Filter and sort' }).click();
  await popup.getByLabel('Stage').selectOption('decision');
  await expect(names(popup)).toHaveText(['Luis Ruiz', 'Sofía Vidal']);
  await popup.getByLabel('Status').selectOption('open');
  await expect(names(popup)).toHaveText(['Sofía Vidal']);
  await popup.getByLabel('Stage').selectOption('');
  await popup.getByLabel('Status').selectOption('');
  await popup.getByLabel('Source').selectOption('referral');
  await expect(names(popup)).toHaveText(['Sofía Vidal']);
  await popup.getByLabel('Source').selectOption('');

  // Problems come from the engine: Sofía is low quality in Decision with an overdue step.
  await popup.getByLabel('Problem').selectOption('low-quality');
  await expect(names(popup)).toHaveText(['Sofía Vidal']);
  await expect(popup.locator('.find-results .lead-row').first()).toContainText('Low quality');
  await popup.getByLabel('Problem').selectOption('');

  await popup.getByLabel('Sort by').selectOption('value');
  await expect(names(popup)).toHaveText(['Ana Gil', 'Martín Salgado', 'Luis Ruiz', 'Sofía Vidal']);
  await popup.getByLabel('Sort by').selectOption('days');
  await expect(names(popup).first()).toHaveText('Ana Gil');
  await popup.getByLabel('Sort by').selectOption('due');
  await expect(names(popup).first()).toHaveText('Sofía Vidal');
  await expect(popup.locator('.find-results .lead-row').first()).toContainText('overdue since');

  // "/" jumps to the search box from anywhere on the pipeline.
  // Focus on nothing in particular (the popup's title is for screen readers only now).
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await popup.keyboard.press('/');
  await expect(popup.getByLabel('Find leads')).toBeFocused();
});
