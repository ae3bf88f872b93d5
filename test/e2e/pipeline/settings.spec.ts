import { expect, test } from '../support/extension';
import { makeLead, seed, storedRows, whenReady } from '../support/seed';

test('a stage renamed in settings shows everywhere; thresholds and capacity apply', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, {
    leads: [
      makeLead({ id: 'a', name: 'Ana Gil', stage: 'awareness' }),
      makeLead({ id: 'b', name: 'Bruno Paz', stage: 'consideration', value: 1000, nextStep: 'Demo' }),
    ],
  });
  await popup.getByRole('button', { name: 'Settings' }).click();
  await popup.getByRole('textbox', { name: 'Interest / Interés English' }).fill('Engaged');
  await popup.getByRole('textbox', { name: 'Consideration / Consideración Win probability (%)' }).fill('50');
  await popup.getByLabel('Open opportunities one rep can handle').fill('1');
  await popup.getByRole('button', { name: 'Save settings' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  const [row] = await storedRows<{ key: string; value: Record<string, unknown> }>(popup, 'meta').then((r) =>
    r.filter((x) => x.key === 'settings'),
  );
  expect(row?.value).toMatchObject({
    stageNames: { en: { interest: 'Engaged' } },
    winProbability: { consideration: 0.5 },
    capacity: 1,
  });

  await popup.getByRole('button', { name: 'Pipeline' }).click();
  await expect(popup.locator('[data-stage="interest"] .group-name')).toHaveText('Engaged');
  await expect(popup.locator('[data-stage="consideration"] .stage-figures')).toContainText('weighted €500');
  await expect(popup.locator('.headline')).toContainText('1 open · capacity 1');

  await popup.getByRole('button', { name: 'Filter and sort' }).click();
  await expect(popup.getByLabel('Stage').locator('option', { hasText: 'Engaged' })).toHaveCount(1);

  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await expect(popup.getByRole('button', { name: 'Move to Engaged →' })).toBeVisible();
  await popup.getByRole('button', { name: 'Move to Engaged →' }).click();
  await expect(popup.locator('.lead-where strong')).toHaveText('Engaged');
  await expect(popup.locator('.history')).toContainText('Awareness → Engaged');

  // The rename survives a reload (it is stored, not kept in memory).
  await popup.reload();
  await whenReady(popup);
  await expect(popup.locator('[data-stage="interest"] .group-name')).toHaveText('Engaged');
});

test('invalid settings are refused with a message next to the field; the language can be chosen', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.getByRole('button', { name: 'Settings' }).click();
  await popup.getByRole('textbox', { name: 'Decision / Decisión Stalled after (days)' }).fill('0');
  await popup.getByLabel('Review the pipeline every (days)').fill('weekly');
  await popup.getByRole('button', { name: 'Save settings' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Some fields need a fix; nothing was saved.');
  await expect(popup.locator('#set-stallDays-decision-error')).toHaveText(
    'A whole number of days from 1 to 365.',
  );
  await expect(popup.locator('#set-reviewCadenceDays-error')).toHaveText(
    'A whole number of days from 1 to 92.',
  );
  expect((await storedRows<{ key: string }>(popup, 'meta')).filter((r) => r.key === 'settings')).toEqual([]);

  await popup.getByRole('textbox', { name: 'Decision / Decisión Stalled after (days)' }).fill('');
  await popup.getByLabel('Review the pipeline every (days)').fill('14');
  await popup.getByLabel('Language').selectOption('es');
  await popup.getByRole('button', { name: 'Save settings' }).click();
  await expect(popup.getByRole('button', { name: 'Guardar ajustes' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await popup.getByRole('button', { name: 'Pipeline' }).click();
  await expect(popup.getByRole('button', { name: 'Capturar página' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Empieza tu pipeline' })).toBeVisible();
});
