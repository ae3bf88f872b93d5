import { readFileSync } from 'node:fs';
import { expect, test } from '../support/extension';
import { makeLead, seed } from '../support/seed';

/**
 * A backup of many leads is written page by page: the data screen shows how far
 * it has got, and keeps drawing frames while it works (the frames below are
 * counted by requestAnimationFrame, which only runs when the page is not blocked).
 */
test('a large backup export shows its progress and keeps the page drawing', async ({ openExtensionPage }) => {
  test.setTimeout(120_000);
  const popup = await openExtensionPage('popup.html');
  const now = Date.now();
  const leads = Array.from({ length: 25_000 }, (_, i) =>
    makeLead({ id: `p${String(i).padStart(5, '0')}`, name: `Lead ${i}`, email: `lead${i}@example.com` }, now),
  );
  await seed(popup, { leads });

  const page = await openExtensionPage('data.html');
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    const tick = () => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="backup-progress"]');
      if (bar) seen.push(bar.value);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(export backup|exportar copia)$/i }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.leads).toHaveLength(25_000);
  expect(exported.stageEvents).toHaveLength(25_000);

  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  const partial = [...new Set(seen)].filter((v) => v > 0 && v < 25_000);
  expect(partial.length).toBeGreaterThanOrEqual(1);
  expect(seen.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('backup-progress')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(/25,000|25\.000/);
});
