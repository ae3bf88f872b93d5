import type { Page } from '@playwright/test';
import { smallPipeline } from '../../unit/extension/popup/metrics/small-pipeline';
import { seed } from '../support/seed';

/** Opens the popup with the small pipeline of test/unit/metrics-ui stored, on the given screen. */
export async function popupWith(open: (path: string) => Promise<Page>, screen?: string): Promise<Page> {
  const page = await open('popup.html?view=full');
  const data = smallPipeline(Date.now());
  await seed(page, {
    leads: data.leads,
    events: data.events,
    meta: [{ key: 'settings', value: data.settings }],
  });
  if (screen) await page.locator(`.screen-nav [data-screen="${screen}"]`).click();
  return page;
}
