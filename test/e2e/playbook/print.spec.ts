import { expect, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH });

test('print media shows the process and ticked checklists, not the page furniture', async ({
  page,
  site,
}) => {
  await page.goto(`${site.url}en.html`);
  await page.locator('#stage-consideration').getByRole('checkbox').first().check();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#toc', '.lang-switch', '#team-review', '.checklist-reset >> nth=0', '.shots']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  for (const shown of [
    '#stages',
    '#stage-purchase .checklist',
    '#metrics',
    '#problems',
    '#review-agenda',
    '#roles',
  ]) {
    await expect(page.locator(shown)).toBeVisible();
  }
  const box = page.locator('#stage-consideration').getByRole('checkbox').first();
  await expect(box).toBeVisible();
  await expect(box).toBeChecked();
  // The layout collapses to one column: nothing is pushed aside by the hidden sidebar.
  const main = await page.locator('main').boundingBox();
  expect(main?.x ?? 99).toBeLessThan(40);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#toc')).toBeVisible();
});
