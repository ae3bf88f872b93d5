import { readFileSync } from 'node:fs';
import { readBackupBytes } from '../../../shared/backup/read-backup';
import { resolvePeriod } from '../../../shared/metrics/period';
import { analyseTeam } from '../../../shared/metrics/team';
import { backup, expect, FIXED_NOW, LAUNCH, test } from './playbook-fixture';

const ZONE = 'Europe/Madrid';
test.use({ launchOptions: LAUNCH, locale: 'en-US', timezoneId: ZONE });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(FIXED_NOW);
});

const member = (file: string) => {
  const read = readBackupBytes(readFileSync(backup(file)), { now: FIXED_NOW.getTime() });
  if (!read.ok) throw new Error(`${file}: ${read.issue}`);
  return { owner: read.backup.owner ?? file, backup: read.backup };
};

test('two reps: combined figures, problems and charts from the shared engine, code loaded lazily', async ({
  page,
  site,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.url}en.html#team-review`);
  expect(requests.some((u) => u.endsWith('team-review.js'))).toBe(false);

  await page.locator('#backup-files').setInputFiles([backup('rep-ana.json'), backup('rep-luis.json')]);
  await expect(page.locator('#team-status')).toContainText('2 files loaded: 60 leads');
  expect(requests.filter((u) => u.endsWith('team-review.js'))).toHaveLength(1);
  await expect(page.locator('#team-errors')).toBeEmpty();

  const files = page.getByRole('table', { name: 'Files in this review' });
  await expect(files).toContainText('Ana Ruiz');
  await expect(files).toContainText('Luis Ortega');

  // The page's figures are the engine's figures for the same files, period and clock.
  const now = FIXED_NOW.getTime();
  const { report, problems } = analyseTeam(
    [member('rep-ana.json'), member('rep-luis.json')],
    resolvePeriod('last-90', now, ZONE),
    now,
    ZONE,
  );
  await expect(page.locator('[data-figure="open-opportunities"] .value')).toHaveText(
    String(report.openOpportunities.count),
  );
  await expect(page.locator('[data-figure="leads-by-source"] .value')).toHaveText(
    String(report.leadsBySource.total),
  );
  for (const [id, count] of Object.entries(problems.counts)) {
    await expect(page.locator(`[data-problem="${id}"] .value`)).toHaveText(String(count));
  }
  await expect(page.locator('[data-figure="win-percentage"] a')).toHaveAttribute(
    'href',
    '#metric-win-percentage',
  );

  // Four charts, each drawn and each with its table alternative.
  await expect(page.locator('#team-results figure.chart')).toHaveCount(4);
  await expect(page.locator('#team-results figure.chart canvas')).toHaveCount(4);
  await page.locator('#chart-funnel summary').click();
  await expect(page.getByRole('table', { name: /Funnel/ })).toContainText('Prospecting');

  // Luis's settings rename two stages: the whole page follows, and remembers it.
  await expect(page.locator('#stage-awareness h3')).toContainText('Prospecting');
  await expect(page.locator('#toc a[href="#stage-purchase"]')).toHaveText('Closed');
  await expect(page.locator('.stage-names-notice')).toBeVisible();
  await page.reload();
  await expect(page.locator('#stage-awareness h3')).toContainText('Prospecting');
  await page.getByRole('button', { name: 'Use the default names' }).click();
  await expect(page.locator('#stage-awareness h3')).toContainText('Awareness');
  await expect(page.locator('.stage-names-notice')).toBeHidden();

  expect(requests.every((u) => u.startsWith(site.url))).toBe(true);
});

test('a broken file gets a message naming it and its problems; the others still load', async ({
  page,
  site,
}) => {
  await page.goto(`${site.url}en.html#team-review`);
  const file = (name: string) => ({ name, mimeType: 'application/json', buffer: readFileSync(backup(name)) });
  await page
    .locator('#backup-files')
    .setInputFiles([
      file('rep-ana.json'),
      file('playbook-broken.json'),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('this is not JSON') },
    ]);
  const errors = page.locator('#team-errors');
  await expect(errors).toContainText('playbook-broken.json is not a valid Embudo backup');
  await expect(errors).toContainText('leads[0].email:');
  await expect(errors).toContainText('leads[1].stage:');
  await expect(errors).toContainText('notes.txt is not a valid Embudo backup');
  await expect(errors).toContainText('not valid JSON');
  await expect(page.locator('#team-status')).toContainText('1 file loaded: 30 leads');
  await expect(page.getByRole('table', { name: 'Files in this review' })).toContainText('Ana Ruiz');

  // Dropping a good file keeps what is loaded and adds to it.
  await page.locator('#backup-files').setInputFiles(backup('rep-luis.json'));
  await expect(page.locator('#team-status')).toContainText('2 files loaded');

  await page.getByRole('button', { name: 'Remove all files' }).click();
  await expect(page.locator('#team-results')).toBeEmpty();
  await expect(errors).toBeEmpty();
  await expect(page.getByRole('button', { name: 'Remove all files' })).toBeHidden();
});

test('hostile strings in a dropped file stay text', async ({ page, site }) => {
  await page.goto(`${site.url}es.html#team-review`);
  await page.locator('#backup-files').setInputFiles(backup('playbook-hostile.json'));
  await expect(page.locator('#team-status')).toContainText('1 archivo cargado');
  await expect(page.getByRole('table', { name: 'Archivos de esta revisión' })).toContainText(
    '<script>window.__xss=3</script>Hacker',
  );
  await expect(page.getByRole('table', { name: 'Leads señalados' })).toContainText(
    '<img src=x onerror="window.__xss=1"> Eva',
  );
  await expect(page.locator('#stage-decision h3')).toContainText('<i>Decidiendo</i>');
  expect(await page.locator('#team-results img, #team-results script, #stages h3 i').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('files can be dropped on the drop zone, and the period can change', async ({ page, site }) => {
  await page.goto(`${site.url}en.html#team-review`);
  const text = readFileSync(backup('rep-ana.json'), 'utf8');
  const transfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.locator('#drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.locator('#drop-zone')).toHaveClass(/drag-over/);
  await page.locator('#drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('#team-status')).toContainText('1 file loaded: 30 leads');
  await expect(page.locator('#drop-zone')).not.toHaveClass(/drag-over/);
  // No native "No file chosen" beside a review that has a file: the input itself is not shown
  // (its label is the control).
  expect((await page.locator('#backup-files').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

  const before = await page.locator('#team-status').textContent();
  await page.getByLabel('Period', { exact: true }).selectOption('this-year');
  await expect(page.locator('#team-status')).not.toHaveText(before ?? '');
  // Dates in the reader's locale (this browser is en-US).
  await expect(page.locator('#team-status')).toContainText('Jan 1, 2026');
});
