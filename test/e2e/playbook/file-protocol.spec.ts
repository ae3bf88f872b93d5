import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { backup, expect, FIXED_NOW, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH, locale: 'es-ES' });

test('opened straight from disk: language, checklists and the team review all work', async ({
  page,
  site,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(pathToFileURL(join(site.dir, 'index.html')).href);
  await expect(page).toHaveURL(/\/es\.html$/);
  const box = page.locator('#stage-decision').getByRole('checkbox').first();
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();
  await page.locator('#backup-files').setInputFiles([backup('rep-ana.json')]);
  await expect(page.locator('#team-status')).toContainText('1 archivo cargado');
  await expect(page.locator('#team-results canvas')).toHaveCount(4);
  expect(problems).toEqual([]);
});
