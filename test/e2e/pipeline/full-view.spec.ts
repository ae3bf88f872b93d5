import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

test('"Open in a tab" shows the same app as a board, still capturing the rep’s page', async ({
  context,
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await seed(popup, { leads: [makeLead({ id: 'a', name: 'Ana Gil', stage: 'decision', value: 2000 })] });

  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open in a tab' }).click();
  const full = await whenReady(await opened);
  expect(new URL(full.url()).search).toBe(`?view=full&tab=${tabId}`);
  await full.setViewportSize({ width: 1400, height: 900 });

  // A board: every group is a column side by side, all expanded; won deals are the
  // Purchase column ("Purchase · won"), so an empty Purchase stage has no column of its own.
  const board = full.locator('.pipeline.board');
  await expect(board.locator('.stage')).toHaveCount(6);
  const boxes = await board
    .locator('.stage')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  await expect(full.locator('[data-stage="decision"] .lead-name')).toHaveText(['Ana Gil']);
  await expect(full.getByLabel('Stage')).toBeVisible();
  await expect(full.getByRole('button', { name: 'Open in a tab' })).toHaveCount(0);

  // Capture from the tab reads the page the rep was on.
  await full.getByRole('button', { name: 'Capture this page' }).click();
  await expect(full.locator('#field-name')).toHaveValue('Martín Salgado Brenner');
  await full.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(full.locator('[data-stage="awareness"] .lead-name')).toHaveText(['Martín Salgado Brenner']);
  expect((await storedLeads(full)).map((l) => l.name).sort()).toEqual(['Ana Gil', 'Martín Salgado Brenner']);

  // The lead detail opens wide; its form (on Edit) in two columns.
  await full.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await full.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(full.locator('.lead-form fieldset').nth(1)).toBeVisible();
  const sections = await full
    .locator('.lead-form fieldset')
    .evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
  expect(Math.round(sections[0] ?? 0)).toBe(Math.round(sections[1] ?? 1));
});
