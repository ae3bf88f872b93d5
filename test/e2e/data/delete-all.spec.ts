import { expect, storedLeads, test } from '../support/extension';
import { whenReady } from '../support/seed';
import { importBackup, makeBackup } from './data-fixtures';

test('"delete all my data" says what goes, waits for the typed word, then empties everything', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await importBackup(page, makeBackup(5));
  expect(await storedLeads(page)).toHaveLength(5);
  // The popup keeps a copy of its first screen for the next open (first-screen-cache.ts).
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await expect(popup.locator('.lead-row').first()).toBeVisible();
  await popup.close();
  const rowsInCopy = () =>
    page.evaluate(() => {
      const copy = JSON.parse(localStorage.getItem('embudo.first-screen.pipeline') ?? '{}');
      return Object.values<unknown[]>(copy.firstRows ?? {}).flat().length;
    });
  expect(await rowsInCopy()).toBeGreaterThan(0);

  await page.getByRole('button', { name: /^(delete all my data…|borrar todos mis datos…)$/i }).click();
  await expect(page.locator('.data-confirm')).toContainText(/5 leads/);
  const confirm = page.getByRole('button', { name: /^(delete everything|borrarlo todo)$/i });
  await expect(confirm).toBeDisabled();
  await page.getByTestId('delete-confirm').fill('delet');
  await expect(confirm).toBeDisabled();
  await page
    .getByRole('button', { name: /^(cancel|cancelar)$/i })
    .last()
    .click();
  expect(await storedLeads(page)).toHaveLength(5);

  await page.getByRole('button', { name: /^(delete all my data…|borrar todos mis datos…)$/i }).click();
  const word = (await page.locator('.data-confirm label span').textContent())?.match(/[A-ZÁÉÍÓÚÑ]{4,}/)?.[0];
  await page.getByTestId('delete-confirm').fill(word ?? 'DELETE');
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: /deleted|borrado/i })).toBeVisible();
  expect(await storedLeads(page)).toHaveLength(0);
  await expect(page.getByTestId('stored-counts')).toContainText(/^0 /);
  // No copy of a lead outlives the database's.
  expect(await rowsInCopy()).toBe(0);
});
