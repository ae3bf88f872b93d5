import type { Page } from '@playwright/test';
import { expect, storedLeads, test } from '../support/extension';

const checkAndImport = async (page: Page) => {
  await page.getByRole('button', { name: /^(check rows|comprobar filas)$/i }).click();
  await page
    .getByTestId('csv-review')
    .getByRole('button', { name: /^(import|importar) \d/i })
    .click();
  await expect(page.getByTestId('csv-imported')).toBeVisible();
};

test('a vCard file, then LinkedIn’s Connections.csv: previewed, imported, the shared person once', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await page.getByTestId('csv-file').setInputFiles('test/fixtures/contacts/google-contacts-v3.vcf');
  await expect(page.getByTestId('file-kind')).toBeVisible();
  await expect(page.getByTestId('csv-mapping').locator('.data-preview-table')).toContainText(
    'José Ñúñez Ibáñez',
  );
  expect(await storedLeads(page)).toHaveLength(0);
  await checkAndImport(page);
  expect((await storedLeads(page)).map((l) => l.name).sort()).toEqual(['José Ñúñez Ibáñez', 'Lorena Vidal']);

  await page.getByTestId('csv-file').setInputFiles('test/fixtures/contacts/Connections.csv');
  const mapping = page.getByTestId('csv-mapping');
  await expect(mapping.locator('select[data-column="2"]')).toHaveValue('linkedinUrl');
  await expect(mapping.locator('select[data-column="6"]')).toHaveValue('');
  await checkAndImport(page);
  const leads = await storedLeads(page);
  expect(leads).toHaveLength(5);
  const jose = leads.filter((l) => l.name === 'José Ñúñez Ibáñez');
  expect(jose).toHaveLength(1);
  expect(leads.find((l) => l.name === 'Iñaki Otxoa')).toMatchObject({
    source: 'linkedin',
    headline: 'Head of Sales, Iberia',
    notes: 'LinkedIn connection since 2025-07-07',
  });
});
