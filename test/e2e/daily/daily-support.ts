import { expect, type Locator, type Page } from '@playwright/test';

/** The toolbar popup's size, and the app in a tab. */
export const POPUP = { width: 440, height: 600 };
export const TAB = { width: 1280, height: 800 };

/** A layout fact, not pixels: the element is inside the viewport without scrolling. */
export async function expectInViewport(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  const size = page.viewportSize();
  expect(box, 'element has a box').not.toBeNull();
  if (!box || !size) return;
  expect(box.y + box.height, 'bottom edge within the viewport').toBeLessThanOrEqual(size.height);
  expect(box.x + box.width, 'right edge within the viewport').toBeLessThanOrEqual(size.width);
}

/** No horizontal scrollbar: the document is no wider than the window. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'scrollWidth <= clientWidth').toBeLessThanOrEqual(client);
}

/** The stored settings row with the interface language chosen (no Spanish browser needed). */
export const spanish = { key: 'settings', value: { language: 'es' } };
