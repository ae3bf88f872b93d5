import { expect, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH });

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('gets the Spanish page from index.html', async ({ page, site }) => {
    await page.goto(`${site.url}index.html#problem-stalled`);
    await expect(page).toHaveURL(/\/es\.html#problem-stalled$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText('Manual del embudo de ventas');
  });

  test('can still ask for English with ?lang=en', async ({ page, site }) => {
    // index.html is the English page: asked for English, it simply stays.
    await page.goto(`${site.url}index.html?lang=en#stages`);
    await expect(page).toHaveURL(/\/index\.html\?lang=en#stages$/);
    await expect(page.locator('h1')).toHaveText('Sales pipeline playbook');
    await page.goto(`${site.url}es.html?lang=en#stages`);
    await expect(page).toHaveURL(/\/en\.html#stages$/);
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('stays on index.html in English, and ?lang=es switches', async ({ page, site }) => {
    await page.goto(`${site.url}index.html`);
    await expect(page).toHaveURL(/\/index\.html$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(`${site.url}en.html?lang=es`);
    await expect(page).toHaveURL(/\/es\.html$/);
  });

  test('the switch keeps the place on the page and is remembered', async ({ page, site }) => {
    await page.goto(`${site.url}index.html#stage-decision`);
    await page.locator('.lang-switch').getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\.html#stage-decision$/);
    await expect(page.locator('#stage-decision h3')).toContainText('Decisión');
    // index.html now follows the saved choice rather than the browser language.
    await page.goto(`${site.url}index.html`);
    await expect(page).toHaveURL(/\/es\.html$/);
    await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
    await page.goto(`${site.url}index.html`);
    await expect(page).toHaveURL(/\/index\.html$/);
  });
});

test.describe('a browser in neither language', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the prerendered default, English', async ({ page, site }) => {
    await page.goto(`${site.url}index.html`);
    await expect(page).toHaveURL(/\/index\.html$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
