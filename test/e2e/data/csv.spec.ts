import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, storedLeads, test } from '../support/extension';
import { fixtureFile, forbidDialogs } from './data-fixtures';

const checkRows = (page: Page) =>
  page.getByRole('button', { name: /^(check rows|comprobar filas)$/i }).click();
const importRows = (page: Page) =>
  page
    .getByTestId('csv-review')
    .getByRole('button', { name: /^(import|importar) \d/i })
    .click();

test('a Spanish Excel CSV in Windows-1252: columns mapped, previewed, checked and imported with accents', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await page.getByTestId('csv-file').setInputFiles(fixtureFile('csv-windows-1252.csv'));
  const mapping = page.getByTestId('csv-mapping');
  await expect(mapping.locator('select[data-column="2"]')).toHaveValue('email');
  await expect(mapping.locator('select[data-column="0"]')).toHaveValue('firstName');
  await expect(mapping.locator('.data-preview-table')).toContainText('Compañía Ñandú');
  // The preview says how the bytes were read, and warns: this file is not UTF-8.
  await expect(mapping.getByTestId('csv-encoding')).toHaveAttribute('data-encoding', 'windows-1252');
  await expect(mapping.getByTestId('csv-encoding')).toContainText(/Windows-1252/);
  expect(await storedLeads(page)).toHaveLength(0);

  await checkRows(page);
  const review = page.getByTestId('csv-review');
  await expect(review.locator('[data-count="new"]')).toContainText('2');
  await importRows(page);
  await expect(page.getByTestId('csv-imported')).toBeVisible();
  const leads = await storedLeads(page);
  expect(leads.map((l) => [l.name, l.company, l.stage, l.value]).sort()).toEqual([
    ['Martín Núñez Peña', 'Logística Sur', 'interest', 1234.5],
    ['Sofía Ibáñez', 'Compañía Ñandú', 'consideration', 980],
  ]);
});

test('rows with errors are listed and skipped; the mapping can be changed by hand', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await page.getByTestId('csv-file').setInputFiles(fixtureFile('csv-bad-values.csv'));
  // Ignore the "Website" column: its javascript: row then imports without a website.
  await page.getByTestId('csv-mapping').locator('select[data-column="6"]').selectOption('');
  await checkRows(page);
  const errors = page.getByTestId('row-errors');
  await expect(errors.locator('li')).toHaveCount(6);
  await expect(errors.locator('li[data-row="3"]')).toContainText(
    /Email: (is not an email address|no es una dirección de email)/,
  );
  await expect(errors.locator('li[data-row="4"]')).toContainText('Negotiation');
  await importRows(page);
  await expect(page.getByTestId('csv-imported')).toBeVisible();
  const names = (await storedLeads(page)).map((l) => l.name).sort();
  expect(names).toEqual(['Ana Gil', 'Elena Ortega']);
  expect((await storedLeads(page)).find((l) => l.name === 'Elena Ortega')?.website).toBeUndefined();
});

test('10,000 rows: the progress bar moves while rows are checked, and all land at once', async ({
  openExtensionPage,
}) => {
  // Counts only: how fast is `npm run bench`'s business (2 s target); the time-out is generous.
  test.setTimeout(120_000);
  const page = await openExtensionPage('data.html');
  const rows = Array.from(
    { length: 10_000 },
    (_, i) => `Persona ${i};p${i}@ejemplo.es;Empresa ${i % 40};${i},5`,
  );
  const csv = `Nombre completo;Correo;Empresa;Valor\r\n${rows.join('\r\n')}\r\n`;
  await page
    .getByTestId('csv-file')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('csv-mapping')).toBeVisible();
  // Record every value the progress bar shows.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="csv-progress"]');
      if (bar && !seen.includes(bar.value)) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await checkRows(page);
  await expect(page.getByTestId('csv-review').locator('[data-count="new"]')).toContainText(/10[,.]000/);
  await importRows(page);
  await expect(page.getByTestId('csv-imported')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.filter((v) => v > 0 && v < 10_000).length).toBeGreaterThanOrEqual(3);
  expect(await storedLeads(page)).toHaveLength(10_000);
});

test('CSV export: BOM, importer-friendly header, formulas neutralised, hostile text kept as text', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  forbidDialogs(page);
  await page.getByTestId('csv-file').setInputFiles(fixtureFile('csv-hostile.csv'));
  await expect(page.getByTestId('csv-mapping').locator('.data-preview-table')).toContainText('<img src=x');
  await expect(page.locator('.data-screen img')).toHaveCount(0);
  await checkRows(page);
  await importRows(page);
  await expect(page.getByTestId('csv-imported')).toBeVisible();

  await page.getByTestId('csv-separator').selectOption(',');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(export csv|exportar csv)$/i }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^embudo-leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFFEmbudo ID,Name,First name,Last name,Email,Company name,Job title')).toBe(
    true,
  );
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(text).toContain('<img src=x onerror=alert(1)>');
});

test('a CSV mixing UTF-8 and stray Windows-1252 bytes is refused, nothing garbled; UTF-16 without a BOM is read', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await page.getByTestId('csv-file').setInputFiles(fixtureFile('csv-mixed-encoding.csv'));
  await expect(page.getByRole('alert')).toContainText(/UTF-8/);
  expect(await storedLeads(page)).toHaveLength(0);

  await page.getByTestId('csv-file').setInputFiles(fixtureFile('csv-utf16-no-bom.csv'));
  const mapping = page.getByTestId('csv-mapping');
  await expect(mapping.getByTestId('csv-encoding')).toHaveAttribute('data-encoding', 'utf-16le');
  await expect(mapping.locator('.data-preview-table')).toContainText('Martín Núñez');
});
