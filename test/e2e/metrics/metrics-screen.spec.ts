import type { Page } from '@playwright/test';
import { METRIC_DEFINITIONS } from '../../../shared/metrics/metric-definitions';
import { ANSWERS } from '../../unit/extension/popup/metrics/small-pipeline';
import { expect, test } from '../support/extension';
import { seriousA11yViolations } from '../support/seed';
import { popupWith } from './metrics-fixture';

const figure = (page: Page, metric: string) => page.locator(`.metric-card[data-metric="${metric}"]`);

test('the metrics screen shows the figures of a known pipeline, with definitions and chart tables', async ({
  openExtensionPage,
}) => {
  const page = await popupWith(openExtensionPage, 'metrics');
  await page.locator('#period-select').selectOption('last-30');
  await expect(figure(page, 'leads-by-source').locator('.metric-value')).toHaveText(String(ANSWERS.leads));
  await expect(figure(page, 'lead-to-opportunity').locator('.metric-value')).toHaveText(
    ANSWERS.leadToOpportunity,
  );
  await expect(figure(page, 'opportunity-win-rate').locator('.metric-value')).toHaveText(
    ANSWERS.opportunityWinRate,
  );
  await expect(figure(page, 'win-percentage').locator('.metric-value')).toHaveText(ANSWERS.winPercentage);
  await expect(figure(page, 'time-to-close-won').locator('.metric-value')).toHaveText(/^15 (days|días)$/);
  await expect(figure(page, 'sales-cycle-length').locator('.metric-value')).toHaveText(/^13 (days|días)$/);
  await expect(figure(page, 'open-opportunities').locator('.metric-value')).toHaveText(
    ANSWERS.openOpportunities,
  );
  await expect(figure(page, 'open-opportunities')).toContainText(/2[,.]500/);
  await expect(figure(page, 'open-opportunities')).toContainText(/800/);
  // The cohort is days old: the screen says it is still maturing.
  await expect(figure(page, 'lead-to-opportunity').getByRole('note')).toContainText(/maturing|madurando/);

  // A definition, one click away, word for word from the engine's definitions.
  const def = figure(page, 'win-percentage').locator('details.definition');
  await expect(def.locator('dl')).toBeHidden();
  await def.locator('summary').click();
  const win = METRIC_DEFINITIONS.find((d) => d.id === 'win-percentage');
  await expect(def.locator('dl')).toBeVisible();
  await expect(def).toContainText(win?.formula.en ?? 'missing');
  await expect(def.getByRole('link')).toHaveAttribute('href', /#metric-win-percentage$/);

  // Every chart is drawn and has a real table with the same numbers.
  for (const id of ['leads-by-source', 'funnel', 'win-rate', 'cycle']) {
    const chart = page.locator(`figure[data-chart-figure="${id}"]`);
    await expect(chart.locator('canvas')).toHaveCount(1);
    await expect(chart.locator('table caption')).not.toBeEmpty();
  }
  const funnel = page.locator('figure[data-chart-figure="funnel"]');
  const reached = await funnel.locator('tbody tr td:first-of-type').allTextContents();
  expect(reached).toEqual(['6', '4', '4', '2', '1']);
  // Visually hidden until asked for, but always there for screen readers.
  await expect(funnel.locator('table')).toHaveCount(1);
  await funnel.getByRole('button', { name: /table|tabla/i }).click();
  await expect(funnel.locator('table')).toBeVisible();
  const canvasWidth = await page
    .locator('figure[data-chart-figure="win-rate"] canvas')
    .evaluate((c) => c.clientWidth);
  expect(canvasWidth).toBeGreaterThan(200);

  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a custom period that ends before it starts is refused; the charts fit the toolbar popup', async ({
  openExtensionPage,
}) => {
  const page = await popupWith(openExtensionPage, 'metrics');
  await page.setViewportSize({ width: 440, height: 800 });
  await page.locator('#period-select').selectOption('custom');
  const [from, to] = [
    page.locator('.period-custom input').first(),
    page.locator('.period-custom input').last(),
  ];
  await from.fill('2026-03-10');
  await to.fill('2026-03-01');
  await expect(page.getByRole('alert')).toContainText(/before|anterior/);
  await expect(page.locator('.metric-card')).toHaveCount(0);
  await to.fill('2026-03-31');
  await expect(figure(page, 'leads-by-source').locator('.metric-value')).toHaveText('0');
  await page.locator('#period-select').selectOption('this-year');
  const width = await page
    .locator('figure[data-chart-figure="leads-by-source"] canvas')
    .evaluate((c) => c.clientWidth);
  expect(width).toBeGreaterThan(300);
  expect(width).toBeLessThanOrEqual(420);
});
