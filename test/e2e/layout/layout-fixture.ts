import { expect, type Page } from '@playwright/test';
import type { Lead } from '../../../shared/model/lead';
import { makeLead, seed } from '../support/seed';

const DAY = 86_400_000;

/** Every screen of the tab bar, with what shows it has drawn. */
export const SCREENS: readonly { id: string; ready: string }[] = [
  { id: 'pipeline', ready: '.pipeline' },
  { id: 'problems', ready: '.problems-total' },
  { id: 'metrics', ready: '.metric-cards' },
  { id: 'review', ready: '.review-since' },
  { id: 'data', ready: 'main h2' },
  { id: 'settings', ready: 'main form, main h2' },
];

const LONG_STEP =
  'Send the revised proposal with the three-year maintenance option and the onboarding plan for the regional teams';

/**
 * A pipeline with what makes layouts break: long names, companies and next
 * steps, values, overdue steps, stalled deals, won and lost deals; capacity 2
 * so the opportunities figure is over it.
 */
export function layoutLeads(now = Date.now()): Lead[] {
  const old = now - 60 * DAY;
  const leads: Lead[] = [];
  const stages = ['awareness', 'interest', 'consideration', 'decision'] as const;
  for (let i = 0; i < 16; i++) {
    const stage = stages[i % stages.length] as (typeof stages)[number];
    leads.push(
      makeLead(
        {
          id: `l${i}`,
          name: `Maximiliana Fernández-Villaverde ${i}`,
          company: 'Compañía Internacional de Distribución Logística del Mediterráneo S.A.',
          stage,
          value: 125_000 + i,
          nextStep: LONG_STEP,
          nextStepDue: i % 3 === 0 ? '2026-01-05' : '2099-12-31',
          stageChangedAt: i % 2 === 0 ? old : now - DAY,
          updatedAt: i % 2 === 0 ? old : now - DAY,
        },
        old,
      ),
    );
  }
  leads.push(makeLead({ id: 'w1', name: 'Wendy Won', stage: 'purchase', status: 'won', value: 9000 }, old));
  leads.push(
    makeLead({ id: 'x1', name: 'Luis Lost', stage: 'decision', status: 'lost', lostReason: 'Price' }, old),
  );
  return leads;
}

export async function seedLayout(page: Page, language: 'en' | 'es'): Promise<void> {
  await seed(page, {
    leads: layoutLeads(),
    meta: [{ key: 'settings', value: { language, capacity: 2 } }],
  });
}

/** The page scrolls sideways by nothing at all. */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => {
    const el = document.scrollingElement as Element;
    return { scroll: el.scrollWidth, client: el.clientWidth };
  });
  expect(scroll, `${where}: scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
}

/** An element lies inside the viewport from left to right (it can be reached without a sideways scroll). */
export async function expectInsideWidth(page: Page, selector: string, where: string): Promise<void> {
  const el = page.locator(selector).first();
  await expect(el, where).toBeVisible();
  const box = await el.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, where).not.toBeNull();
  expect(
    (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width + 0.5,
    `${where}: ${selector} at ${JSON.stringify(box)} in ${width}`,
  ).toBe(true);
}

/** Visits every screen (and a lead's detail) and checks nothing runs off the side. */
export async function checkEveryScreen(page: Page, where: string): Promise<void> {
  for (const screen of SCREENS) {
    await page.locator(`.screen-nav [data-screen="${screen.id}"]`).click();
    await expect(page.locator(screen.ready).first()).toBeVisible();
    await expect(page.locator('main .loading')).toHaveCount(0);
    await expectNoSideScroll(page, `${where} ${screen.id}`);
    if (!page.url().includes('view=full'))
      await expectInsideWidth(
        page,
        '.header-actions button >> nth=-1',
        `${where} ${screen.id} Open in a tab`,
      );
  }
  await page.locator('.screen-nav [data-screen="pipeline"]').click();
  await page.locator('.lead-row[data-lead-id="l0"]').first().click();
  const remove = page.getByRole('button', { name: /^(Delete|Eliminar)/ });
  await expect(remove.first()).toBeVisible();
  await expectNoSideScroll(page, `${where} lead detail`);
  await expectInsideWidth(page, 'button:text-matches("^(Delete|Eliminar)")', `${where} Delete`);
  await page.locator('button.back').first().click();
}
