import { expect, test } from '../support/extension';
import { makeLead, seed } from '../support/seed';

test('a closed deal reads its lost reason, not a stale overdue next step', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html?view=full');
  await seed(page, {
    leads: [
      makeLead({
        id: 'gone',
        name: 'Rosa Lago',
        status: 'lost',
        lostReason: 'Price',
        nextStep: 'Call back',
        nextStepDue: '2020-01-01',
      }),
      makeLead({ id: 'live', name: 'Iván Roca', nextStep: 'Send quote', nextStepDue: '2020-01-01' }),
    ],
  });
  const lost = page.locator('[data-lead-id="gone"]');
  await expect(lost).toContainText('Price');
  await expect(lost).not.toContainText('Call back');
  await expect(lost.locator('.due-overdue')).toHaveCount(0);
  // An open lead still shows its overdue step.
  await expect(page.locator('[data-lead-id="live"] .due-overdue')).toContainText('Send quote');
});
