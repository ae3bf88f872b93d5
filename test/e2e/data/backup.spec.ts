import { readFileSync } from 'node:fs';
import { expect, storedLeads, test } from '../support/extension';
import { fixtureFile, forbidDialogs, importBackup, jsonFile, makeBackup } from './data-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a backup is previewed, imported in one go, exported again; the same file twice changes nothing', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  forbidDialogs(page);
  const backup = makeBackup(12);

  await page.getByTestId('backup-file').setInputFiles(jsonFile('backup.json', backup));
  const preview = page.getByTestId('backup-preview');
  await expect(preview.locator('[data-count="new"]')).toContainText('12');
  await expect(preview.locator('[data-count="conflicts"]')).toContainText('0');
  expect(await storedLeads(page)).toHaveLength(0); // the preview writes nothing
  await preview.getByRole('button', { name: /^(import|importar)$/i }).click();
  await expect(page.getByTestId('backup-imported')).toContainText('12');
  expect(await storedLeads(page)).toHaveLength(12);
  await expect(page.getByTestId('stored-counts')).toContainText('12');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(export backup|exportar copia)$/i }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^embudo-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'embudo-backup', version: 1 });
  expect(exported.leads).toHaveLength(12);
  expect(exported.stageEvents).toHaveLength(24);
  expect(exported.settings.capacity).toBe(30);

  // The exported file, imported back: nothing to do.
  const before = await storedLeads(page);
  await page.getByTestId('backup-file').setInputFiles(jsonFile('again.json', exported));
  await expect(preview.locator('[data-count="unchanged"]')).toContainText('12');
  await expect(preview.getByRole('status')).toContainText(/nothing to import|nada que importar/i);
  await expect(preview.getByRole('button', { name: /^(import|importar)$/i })).toHaveCount(0);
  expect(await storedLeads(page)).toEqual(before);
});

test('an invalid backup is refused with its problems by path, and nothing changes', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  await importBackup(page, makeBackup(2));
  const before = await storedLeads(page);

  const text = JSON.stringify(makeBackup(45, { 41: { email: 'not-an-email' } }));
  await page.getByTestId('backup-file').setInputFiles(jsonFile('broken.json', text));
  const refused = page.getByTestId('backup-refused');
  await expect(refused).toContainText('leads[41].email');
  await expect(refused).toContainText(/not an email|no es una dirección de email/i);
  await expect(refused).toContainText(/nothing was changed|no se ha cambiado nada/i);

  await page.getByTestId('backup-file').setInputFiles(jsonFile('cut.json', text.slice(0, 900)));
  await expect(refused).toContainText(/not valid json|no es json válido/i);
  await page
    .getByTestId('backup-file')
    .setInputFiles(jsonFile('newer.json', { ...makeBackup(1), version: 2 }));
  await expect(refused).toContainText(/newer version|más reciente/i);
  expect(await storedLeads(page)).toEqual(before);
});

test('hostile strings in an imported file render as text, never as markup or links', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  forbidDialogs(page);
  await importBackup(page, makeBackup(1));
  // The same person (same LinkedIn URL) under another id and a hostile name: listed as a conflict.
  const hostile = makeBackup(1, { 0: { id: 'other-id', name: HOSTILE, email: undefined } });
  await page.getByTestId('backup-file').setInputFiles(jsonFile('hostile.json', hostile));
  const conflicts = page.locator('.data-conflicts');
  await expect(conflicts).toContainText(HOSTILE);
  await expect(page.locator('.data-screen img, .data-screen a[href^="javascript"]')).toHaveCount(0);

  const badUrl = makeBackup(1, { 0: { id: 'x', website: 'javascript:alert(1)', linkedinUrl: undefined } });
  await page.getByTestId('backup-file').setInputFiles(jsonFile('bad-url.json', badUrl));
  await expect(page.getByTestId('backup-refused')).toContainText('leads[0].website');
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
});

test('in the toolbar popup the data screen offers to import in a tab', async ({
  openExtensionPage,
  context,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.locator('button[data-screen="data"]').click();
  await expect(popup.getByRole('heading', { name: /your data|tus datos/i })).toBeVisible();
  await expect(popup.getByTestId('backup-file')).toHaveCount(0);
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    popup
      .getByRole('button', { name: /import… \(opens in a tab\)|importar… \(se abre en una pestaña\)/i })
      .first()
      .click(),
  ]);
  await expect(tab).toHaveURL(/\/data\.html$/);
  await expect(tab.getByTestId('backup-file')).toBeAttached();
});

test('times later than the file itself are set back, and the preview says so', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('data.html');
  forbidDialogs(page);
  const file = fixtureFile('backup-future-times.json', 'application/json');
  await page.getByTestId('backup-file').setInputFiles(file);
  const preview = page.getByTestId('backup-preview');
  await expect(preview.getByTestId('backup-clamped')).toContainText(/^2 /);
  await expect(preview.getByTestId('backup-clamped')).toContainText('leads[0].updatedAt');
  await preview.getByRole('button', { name: /^(import|importar)$/i }).click();
  await expect(page.getByTestId('backup-imported')).toContainText('30');
  // No lead here is newer than the file it came from (exported 2026-11-20 09:00 UTC).
  const latest = Math.max(...(await storedLeads(page)).map((l) => l.updatedAt as number));
  expect(latest).toBe(Date.parse('2026-11-20T09:00:00.000Z'));
});
