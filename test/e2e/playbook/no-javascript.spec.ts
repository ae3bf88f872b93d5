import { STAGE_IDS } from '../../../shared/process/stage-list';
import { STAGES } from '../../../shared/process/stages';
import { expect, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH, javaScriptEnabled: false });

test('the whole process is readable with JavaScript off', async ({ page, site }) => {
  await page.goto(`${site.url}index.html`);
  await expect(page.locator('h1')).toHaveText('Sales pipeline playbook');
  for (const id of STAGE_IDS) {
    await expect(page.locator(`#stage-${id} h3`)).toBeVisible();
    await expect(page.locator(`#stage-${id} .checklist input[type=checkbox]`).first()).toBeVisible();
  }
  await expect(page.locator('#metrics .metric').first()).toBeVisible();
  await expect(page.locator('#problems .problem').first()).toBeVisible();
  // Parts that need JavaScript stay out of the way and say why.
  await expect(page.locator('.team-controls')).toBeHidden();
  await expect(page.locator('.checklist-status').first()).toBeHidden();
  await expect(page.locator('#team-review .notice')).toContainText('needs JavaScript');
});

test('the language switch works as plain links', async ({ page, site }) => {
  await page.goto(`${site.url}en.html`);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\.html$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#stage-awareness h3')).toContainText(STAGES[0]?.name.es as string);
});
