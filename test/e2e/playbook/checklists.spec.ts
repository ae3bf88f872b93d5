import { expect, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH, locale: 'en-US' });

test('ticks survive a reload and a language switch; reset clears one stage', async ({ page, site }) => {
  await page.goto(`${site.url}en.html#stage-interest`);
  const interest = page.locator('#stage-interest .checklist');
  const boxes = interest.getByRole('checkbox');
  await expect(interest.locator('.checklist-progress')).toHaveText('0 of 3 done');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(interest.locator('.checklist-progress')).toHaveText('2 of 3 done');
  await page.locator('#stage-awareness .checklist').getByRole('checkbox').first().check();

  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(interest.locator('progress')).toHaveAttribute('value', '2');

  // Ticks belong to checklist items, not to a language.
  await page.goto(`${site.url}es.html#stage-interest`);
  await expect(page.locator('#stage-interest .checklist-progress')).toHaveText('2 de 3 hechas');
  await page.locator('#stage-interest').getByRole('button', { name: 'Borrar marcas' }).click();
  await expect(page.locator('#stage-interest .checklist-progress')).toHaveText('0 de 3 hechas');

  await page.reload();
  await expect(page.locator('#stage-interest').getByRole('checkbox').nth(0)).not.toBeChecked();
  // The reset touched only its own stage.
  await expect(page.locator('#stage-awareness').getByRole('checkbox').first()).toBeChecked();
});
