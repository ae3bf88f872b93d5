import { expect, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';

const MIN = 60_000;

test('the whole pipeline is usable from the keyboard, with focus always visible', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  const now = Date.now();
  // 300 leads in one stage: the list draws a handful, the keyboard still reaches every one.
  // Lead 0 has been in the stage longest, so it heads the list (what needs action first).
  const leads = Array.from({ length: 300 }, (_, i) =>
    makeLead(
      { id: `k${String(i).padStart(3, '0')}`, name: `Lead ${i}`, stageChangedAt: now - (300 - i) * MIN },
      now,
    ),
  );
  await seed(popup, { leads });
  await expect(popup.locator('[data-stage="awareness"] .count')).toHaveText('300');
  expect(await popup.locator('[data-stage="awareness"] .lead-row').count()).toBeLessThan(20);

  await popup.keyboard.press('/');
  await expect(popup.getByLabel('Find leads')).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await popup.keyboard.press('Tab');
    if (await popup.evaluate(() => document.activeElement?.classList.contains('lead-row'))) break;
  }
  const focused = popup.locator('.lead-row:focus');
  await expect(focused).toContainText('Lead 0');
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await popup.keyboard.press('ArrowDown');
  await expect(focused).toContainText('Lead 1');
  await popup.keyboard.press('End');
  await expect(focused).toContainText('Lead 299');
  await expect(focused).toHaveAttribute('data-index', '299');
  await popup.keyboard.press('PageUp');
  await expect(focused).not.toContainText('Lead 299');
  await popup.keyboard.press('Home');
  await expect(focused).toContainText('Lead 0');

  // Enter opens the lead; focus lands on its name; Escape returns to the list.
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { name: 'Lead 0', level: 2 })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Move to Interest →' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.lead-where')).toHaveAttribute('data-stage', 'interest');

  // Mark lost from the keyboard: the dialog takes focus, Escape cancels it.
  await popup.getByRole('button', { name: 'Mark lost…' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('Reason', { exact: true })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('dialog')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Mark lost…' })).toBeFocused();

  await popup.keyboard.press('Escape');
  await expect(popup.locator('[data-stage="interest"] .count')).toHaveText('1');
});
