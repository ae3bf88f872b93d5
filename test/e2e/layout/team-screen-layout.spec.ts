import type { Page } from '@playwright/test';
import { adminClient } from '../../../scripts/team/admin-client';
import { setupTeam } from '../../../scripts/team/setup';
import { startTeamServer, type TeamServer } from '../../support/team-server';
import { expect, test } from '../support/extension';
import { whenReady } from '../support/seed';
import { deal, HOUR, nodeRep } from '../sync/node-rep';
import { connectRep, syncNow } from '../sync/team-browsers';
import { expectNoSideScroll, seedLayout } from './layout-fixture';
import { lowContrastText } from './text-contrast';

// The Team screen (full tab only) under the layout facts every screen meets: no sideways
// scroll from 320 px to a tab, the theme's colours, readable text; both languages, both themes.
const DATABASE = 'embudo-team-layout';
const LONG_REP = 'maximiliana.fernandez-villaverde';
const LIA = { name: 'lia', password: 'lia-password', role: 'lead' as const };
const MEMBERS = [
  LIA,
  { name: LONG_REP, password: `${LONG_REP}-password`, role: 'rep' as const },
  { name: 'bo', password: 'bo-password', role: 'rep' as const },
];

let server: TeamServer;
test.beforeAll(async () => {
  server = await startTeamServer();
  await setupTeam(adminClient(server.adminUrl), { database: DATABASE, members: MEMBERS }, () => {});
  const now = Date.now();
  for (const name of [LONG_REP, 'bo']) {
    const rep = await nodeRep(server, DATABASE, name);
    await rep.store.edit(deal(`${name}-1`, name, 'interest', now - 40 * 24 * HOUR));
    await rep.store.edit(deal(`${name}-2`, name, 'decision', now - 20 * 24 * HOUR));
    await rep.sync();
  }
});
test.afterAll(() => server?.stop());
test.describe.configure({ timeout: 240_000 });

/** The lead's browser with the layout pipeline of her own, synced with the team. */
async function leadTeamScreen(openPage: (path: string) => Promise<Page>, lang: 'en' | 'es'): Promise<Page> {
  const popup = await whenReady(await openPage('popup.html'));
  await seedLayout(popup, lang);
  expect(await connectRep(popup, server, DATABASE, LIA)).toMatchObject({ ok: true });
  expect(await syncNow(popup)).toMatchObject({ state: { failures: 0 } });
  const page = await openPage('popup.html?view=full&screen=team');
  await expect(page.locator('#team-reps tr[data-rep]')).toHaveCount(3);
  return page;
}

for (const lang of ['en', 'es'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`Team screen, ${lang}, ${theme}: fits 320 px to a tab, readable, in the theme's colours`, async ({
      openExtensionPage,
    }) => {
      const page = await leadTeamScreen(openExtensionPage, lang);
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('#team-funnel')).toBeVisible();
      await expect(page.locator('#team-view-title')).toHaveText(
        lang === 'en' ? 'How the team is doing' : 'Cómo va el equipo',
      );
      for (const [width, height] of [
        [320, 600],
        [440, 600],
        [600, 700],
        [800, 800],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expectNoSideScroll(page, `${lang} ${theme} ${width}px`);
        // Wide tables scroll inside their own box; the filters and headings stay inside the page.
        for (const box of await page.locator('.team-screen > *').all()) {
          const b = await box.boundingBox();
          if (b) expect(b.x + b.width, `${width}px`).toBeLessThanOrEqual(width + 0.5);
        }
      }
      // A rep's row is one line of figures (the table scrolls sideways), not a column of words.
      const rows = await page
        .locator('#team-reps tbody tr, #team-reps tfoot tr')
        .evaluateAll((trs) =>
          trs.map(
            (tr) => tr.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(tr).fontSize),
          ),
        );
      expect(Math.max(...rows), `row heights in ems: ${rows.map((r) => r.toFixed(1))}`).toBeLessThan(3);
      // Every text, tables and charts included, against what is really behind it.
      expect(await lowContrastText(page, '.team-screen')).toEqual([]);
      // The page follows the theme: dark ink on light paper, or the other way round.
      const dark = await page.evaluate(() => {
        const lum = (c: string) =>
          (c.match(/\d+/g) ?? []).slice(0, 3).reduce((n, v) => n + Number(v), 0) / 765;
        const cell = document.querySelector('#team-funnel td') as HTMLElement;
        return {
          body: lum(getComputedStyle(document.body).backgroundColor),
          cell: lum(getComputedStyle(cell).color),
        };
      });
      if (theme === 'dark') expect(dark.body < 0.3 && dark.cell > 0.6, JSON.stringify(dark)).toBe(true);
      else expect(dark.body > 0.7 && dark.cell < 0.4, JSON.stringify(dark)).toBe(true);
    });
  }
}
