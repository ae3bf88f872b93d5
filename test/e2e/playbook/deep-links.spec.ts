import { METRIC_DEFINITIONS } from '../../../shared/metrics/metric-definitions';
import { PROBLEM_DEFINITIONS } from '../../../shared/metrics/problem-definitions';
import { STAGE_IDS } from '../../../shared/process/stage-list';
import { expect, LAUNCH, test } from './playbook-fixture';

test.use({ launchOptions: LAUNCH, locale: 'en-US' });

const anchors = [
  ...STAGE_IDS.map((id) => `stage-${id}`),
  ...METRIC_DEFINITIONS.map((m) => `metric-${m.id}`),
  ...PROBLEM_DEFINITIONS.map((p) => `problem-${p.id}`),
];

for (const lang of ['en', 'es']) {
  test(`every stage, metric and problem anchor opens at its section (${lang})`, async ({ page, site }) => {
    for (const anchor of anchors) {
      await page.goto(`${site.url}${lang}.html#${anchor}`);
      await expect(page.locator(`#${anchor}`), anchor).toBeInViewport();
    }
  });
}

test('the extension-style link index.html?lang=es#metric-… lands on the Spanish section', async ({
  page,
  site,
}) => {
  const metric = METRIC_DEFINITIONS[3];
  await page.goto(`${site.url}index.html?lang=es#metric-${metric?.id}`);
  await expect(page).toHaveURL(new RegExp(`/es\\.html#metric-${metric?.id}$`));
  await expect(page.locator(`#metric-${metric?.id} h3`)).toHaveText(metric?.name.es as string);
  await expect(page.locator(`#metric-${metric?.id}`)).toBeInViewport();
});

test('table of contents links scroll to their target', async ({ page, site }) => {
  await page.goto(`${site.url}en.html`);
  await page
    .locator('#toc')
    .getByRole('link', { name: PROBLEM_DEFINITIONS[1]?.name.en as string })
    .click();
  await expect(page).toHaveURL(new RegExp(`#problem-${PROBLEM_DEFINITIONS[1]?.id}$`));
  await expect(page.locator(`#problem-${PROBLEM_DEFINITIONS[1]?.id}`)).toBeInViewport();
});
