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
