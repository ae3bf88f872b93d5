import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { whenReady } from '../support/seed';
import { checkEveryScreen, expectNoSideScroll, seedLayout } from './layout-fixture';

// Layout facts, not pixels: nothing runs off the side on any screen, key actions are
// reachable, the board shows every column and whole cards, counts agree.
test.setTimeout(240_000);

async function open(openPage: (path: string) => Promise<Page>, path: string, lang: 'en' | 'es') {
  const page = await whenReady(await openPage(path));
  await seedLayout(page, lang);
  await whenReady(page);
  return page;
}

test('every screen fits popup widths from 320 to 800 px', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage, 'popup.html', 'en');
  for (const width of [320, 440, 600, 800]) {
    await page.setViewportSize({ width, height: 600 });
    await checkEveryScreen(page, `${width}px`);
  }
});

for (const lang of ['en', 'es'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`popup 440×600 and board 1280×800, ${lang}, ${theme}`, async ({ openExtensionPage }) => {
      const page = await open(openExtensionPage, 'popup.html', lang);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 440, height: 600 });
      await checkEveryScreen(page, `${lang} ${theme} 440`);

      // Opportunities say what the second number is, and are marked only when over it.
      const opps = page.locator('.headline > div').nth(1);
      await expect(opps.locator('dd')).toHaveText(
        lang === 'en' ? '8 open · capacity 2' : '8 abiertas · capacidad 2',
      );
      await expect(opps).toHaveClass(/over/);

      // The Problems tab carries the count the screen's groups add up to.
      await page.locator('.screen-nav [data-screen="problems"]').click();
      const total = page.locator('.problems-total');
      await expect(total).toBeVisible();
      const problems = Number(await total.getAttribute('data-total'));
      const groups = await page
        .locator('.problem-group .count')
        .evaluateAll((els) => els.map((e) => Number(e.textContent?.replace(/\D/g, ''))));
      expect(groups.reduce((a, b) => a + b, 0)).toBe(problems);
      await expect(page.locator('.screen-nav [data-screen="problems"] .tab-count')).toHaveAttribute(
        'data-count',
        String(problems),
      );
      // A problem row shows the company and the value, and acts in place.
      const row = page.locator('.problem-leads li[data-lead="l0"]').first();
      await expect(row.locator('.problem-company')).toContainText('Compañía Internacional');
      await expect(row.locator('.problem-value')).toContainText(/125/);

      // The board: every column inside the board, headers that stay, whole cards.
      const full = await open(openExtensionPage, 'popup.html?view=full', lang);
      await full.emulateMedia({ colorScheme: theme });
      await full.setViewportSize({ width: 1280, height: 800 });
      await expectNoSideScroll(full, `${lang} ${theme} board`);
      const board = full.locator('.pipeline.board');
      await expect(board.locator('.stage')).toHaveCount(6);
      const fits = await board.evaluate((b) => {
        const box = b.getBoundingClientRect();
        const cols = [...b.querySelectorAll('.stage')].map((s) => s.getBoundingClientRect());
        return b.scrollWidth <= b.clientWidth
          ? cols.every((c) => c.right <= box.right + 0.5)
          : getComputedStyle(b).overflowX === 'auto';
      });
      expect(fits).toBe(true);
      await expect(full.locator('.board .stage-head').first()).toHaveCSS('position', 'sticky');
      const cut = await board.evaluate(
        (b) =>
          [...b.querySelectorAll('.lead-row .row-line > span')].filter(
            (s) => s.scrollWidth > s.clientWidth + 1 || getComputedStyle(s).textOverflow === 'ellipsis',
          ).length,
      );
      expect(cut).toBe(0);
      await expect(full.locator('[data-stage="awareness"] .lead-row').first()).toContainText(
        'onboarding plan for the regional teams',
      );
      await expect(full.locator('[data-stage="won"] .group-name')).toHaveText(
        lang === 'en' ? 'Purchase · won' : 'Compra · ganadas',
      );
    });
  }
}
