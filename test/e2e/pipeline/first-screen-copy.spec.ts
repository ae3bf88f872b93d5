import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';

// The popup draws the first screen the last open kept before IndexedDB is open (issue 19 item 9):
// the copy must show, and the database's rows must replace it once they are read.

const names = (page: Page) => page.locator('[data-stage="awareness"] .lead-name');

/** Deletes a lead behind the app's back, as another extension page or a sync pull would. */
function deleteStored(page: Page, id: string): Promise<void> {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('embudo');
        // Never create the database here (an empty one would block the app's own open).
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('leads', 'readwrite');
          tx.objectStore('leads').delete(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    id,
  );
}

test('the first screen is drawn from the last open before the database answers, then from the database', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const first = await whenReady(await openExtensionPage('popup.html'));
  await seed(first, {
    leads: [
      makeLead({ id: 'l-ana', name: 'Ana Gil', value: 1200 }),
      makeLead({ id: 'l-bea', name: 'Bea Sanz' }),
    ],
  });
  await expect(names(first)).toHaveText(['Ana Gil', 'Bea Sanz'].sort());
  await first.close();

  // A popup whose database never opens still shows the pipeline as it was: the copy.
  const stalled = await context.newPage();
  await stalled.addInitScript(() => {
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
  await stalled.goto(first.url());
  await expect(names(stalled)).toHaveText(['Ana Gil', 'Bea Sanz'].sort());
  await expect(stalled.locator('.headline')).toContainText('2');
  await stalled.close();

  // A lead deleted elsewhere may show in the copy, never once the database's rows are drawn.
  const other = await openExtensionPage('bench-blank.html');
  await deleteStored(other, 'l-bea');
  const next = await whenReady(await openExtensionPage('popup.html'));
  await expect(names(next)).toHaveText(['Ana Gil']);
  await expect(next.locator('[data-stage="awareness"] .count')).toHaveText('1');
});

/** The local day `shift` days from now, as the page counts it (YYYY-MM-DD). */
function pageDay(page: Page, shift: number): Promise<string> {
  return page.evaluate((shift) => {
    const d = new Date(Date.now() + shift * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, shift);
}

/** Dates the kept copy as read `daysAgo` days ago, as if the last open was then. */
async function ageCopy(page: Page, daysAgo: number): Promise<void> {
  const day = await pageDay(page, -daysAgo);
  await page.evaluate((day) => {
    const key = 'embudo.first-screen.pipeline';
    const copy = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!copy) throw new Error('no copy kept');
    localStorage.setItem(key, JSON.stringify({ ...copy, today: day }));
  }, day);
}

/** A popup whose database never opens: only a copy can draw anything in it. */
async function stalledPopup(context: import('@playwright/test').BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
  await page.goto(url);
  return page;
}

test("the day's first open draws the copy of an earlier day, with today's labels", async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const first = await whenReady(await openExtensionPage('popup.html'));
  const yesterday = await pageDay(first, -1);
  await seed(first, {
    leads: [makeLead({ id: 'l-ana', name: 'Ana Gil', nextStep: 'Call back', nextStepDue: yesterday })],
  });
  await expect(names(first)).toHaveText(['Ana Gil']);
  await first.close();

  // Read yesterday, when Ana's step was due that day; opened today, it is overdue.
  const other = await openExtensionPage('bench-blank.html');
  await ageCopy(other, 1);
  const morning = await stalledPopup(context, first.url());
  await expect(names(morning)).toHaveText(['Ana Gil']);
  await expect(morning.locator('[data-stage="awareness"] .next-step')).toHaveClass(/due-overdue/);
  await morning.close();

  // Older than COPY_MAX_DAYS (first-screen-cache.ts): the popup waits for the database instead.
  await ageCopy(other, 5);
  const later = await stalledPopup(context, first.url());
  await later.waitForTimeout(1_000);
  await expect(names(later)).toHaveCount(0);
  await later.close();

  // With the database, the real read replaces the old copy and keeps a fresh one for today.
  const next = await whenReady(await openExtensionPage('popup.html'));
  await expect(names(next)).toHaveText(['Ana Gil']);
  await expect
    .poll(() =>
      next.evaluate(() => JSON.parse(localStorage.getItem('embudo.first-screen.pipeline') ?? '{}').today),
    )
    .toBe(await pageDay(next, 0));
});
