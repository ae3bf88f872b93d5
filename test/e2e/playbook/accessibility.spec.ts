import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { backup, expect, FIXED_NOW, LAUNCH, test } from './playbook-fixture';

// The page's CSP rightly refuses injected scripts; axe is ours, so the policy is bypassed for it.
test.use({ launchOptions: LAUNCH, locale: 'en-US', bypassCSP: true });

const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'es']) {
    test(`${lang}.html has no serious or critical axe findings (${scheme})`, async ({ page, site }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}${lang}.html`);
      await page.locator('#stage-interest').getByRole('checkbox').first().check();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the team review results have no serious or critical axe findings', async ({ page, site }) => {
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`${site.url}en.html`);
  await page
    .locator('#backup-files')
    .setInputFiles([backup('rep-ana.json'), backup('rep-luis.json'), backup('playbook-broken.json')]);
  await expect(page.locator('#team-status')).toContainText('2 files loaded');
  for (const d of await page.locator('#team-results details').all()) await d.locator('summary').click();
  expect(await seriousViolations(page)).toEqual([]);
});
