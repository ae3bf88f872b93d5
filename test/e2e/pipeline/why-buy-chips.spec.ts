import { expect, storedLeads, test } from '../support/extension';
import { eventsFor, makeLead, seed, seriousA11yViolations, whenReady } from '../support/seed';

const DAY = 86_400_000;

test('pain points and decision helpers are picked by keyboard on a lead and counted in Metrics', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  const now = Date.now();
  // An opportunity opened two days ago, with free text written before the lists existed.
  const lead = makeLead({
    id: 'a',
    name: 'Ana Gil',
    stage: 'consideration',
    painPoints: 'Quotes take a week',
    stageChangedAt: now - 2 * DAY,
  });
  await seed(popup, { leads: [lead], events: eventsFor(lead) });
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();

  // One tab stop per group: Tab from the field before the pickers lands on the first chip.
  const pains = popup.getByRole('group', { name: /Pain points \(the team/ });
  const helpers = popup.getByRole('group', { name: /What helped them decide/ });
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await popup.locator('#lead-notes').focus();
  await popup.keyboard.press('Tab');
  await expect(pains.getByRole('button', { name: 'Manual reporting' })).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  const slow = pains.getByRole('button', { name: 'Slow onboarding' });
  await expect(slow).toBeFocused();
  // Visible focus: the focused chip has an outline.
  expect(await slow.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await popup.keyboard.press('Space');
  await expect(slow).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('Tab');
  await expect(helpers.getByRole('button', { name: 'Case study' })).toBeFocused();
  await popup.keyboard.press('End');
  await popup.keyboard.press('Enter');
  await expect(helpers.getByRole('button', { name: 'Pricing sheet' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await seriousA11yViolations(popup)).toEqual([]);
  // Enter on a chip toggles it; it does not submit the form.
  expect((await storedLeads(popup))[0]?.painPointIds).toBeUndefined();
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect
    .poll(async () => (await storedLeads(popup))[0])
    .toMatchObject({
      painPointIds: ['slow-onboarding'],
      decisionHelperIds: ['pricing-sheet'],
      painPoints: 'Quotes take a week',
    });

  await popup.getByRole('button', { name: '← All leads' }).click();
  await popup.locator('.screen-nav [data-screen="metrics"]').click();
  await popup.locator('#period-select').selectOption('last-30');
  const table = popup.locator('section.why-buy[data-metric="pain-points"]');
  // Opportunities 1, won 0, win rate 0 %.
  await expect(table.getByRole('row', { name: /Slow onboarding/ }).locator('td')).toHaveText([
    '1',
    '0',
    /^0\s?%$/,
  ]);
  await expect(table).toContainText('1 of 1 opportunities opened in the period have a pain point picked.');
  await expect(popup.locator('section.why-buy[data-metric="decision-helpers"]')).toContainText(
    'Association, not cause',
  );
  await table.locator('details.definition summary').click();
  await expect(table.locator('details.definition')).toContainText('For each pain point on the team’s list');
  expect(await seriousA11yViolations(popup)).toEqual([]);
});

test('the lists are edited in Settings: a rename, an addition and a removal reach the pickers', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.getByRole('button', { name: 'Settings' }).click();
  const pains = popup.locator('fieldset[data-list="painPoints"]');
  const helpers = popup.locator('fieldset[data-list="decisionHelpers"]');
  await pains.getByRole('textbox', { name: 'Item 1 English' }).fill('Reports by hand');
  await pains.getByRole('button', { name: 'Add an item' }).click();
  // The new row's English name has focus: the rep types straight away.
  await expect(pains.getByRole('textbox', { name: 'Item 6 English' })).toBeFocused();
  await popup.keyboard.type('Security review');
  await helpers.getByRole('button', { name: 'Remove Trial' }).click();
  await popup.getByRole('button', { name: 'Save settings' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  expect(await seriousA11yViolations(popup)).toEqual([]);

  await popup.getByRole('button', { name: 'Pipeline', exact: true }).click();
  await popup.getByRole('button', { name: 'Add lead' }).first().click();
  await popup.getByText('More fields').click();
  const picker = popup.getByRole('group', { name: /Pain points \(the team/ });
  await expect(picker.getByRole('button', { name: 'Reports by hand' })).toBeVisible();
  await expect(picker.getByRole('button', { name: 'Security review' })).toBeVisible();
  const helperPicker = popup.getByRole('group', { name: /What helped them decide/ });
  await expect(helperPicker.getByRole('button', { name: 'Trial' })).toHaveCount(0);
  await expect(helperPicker.getByRole('button', { name: 'Demo' })).toBeVisible();
  await popup.getByLabel('Name', { exact: true }).fill('Eva Ruiz');
  await picker.getByRole('button', { name: 'Security review' }).click();
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect
    .poll(async () => (await storedLeads(popup)).find((l) => l.name === 'Eva Ruiz')?.painPointIds)
    .toEqual(['security-review']);
});
