import type { Page } from '@playwright/test';
import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';
import { expectInViewport, expectNoHorizontalOverflow, POPUP, spanish, TAB } from './daily-support';

const DAY = 86_400_000;
const NOW = Date.now();
const ana = makeLead({
  id: 'a',
  name: 'Ana Gil',
  company: 'Acme',
  stage: 'consideration',
  value: 12_500,
  currency: 'USD',
  nextStep: 'Send the proposal',
  nextStepDue: '2099-03-04',
  notes: 'Budget approved in Q1',
  createdAt: NOW - 30 * DAY,
  stageChangedAt: NOW - 5 * DAY,
  updatedAt: NOW - 2 * DAY,
  changes: [{ field: 'value', previous: '9000', at: NOW - 2 * DAY, by: 'edit' }],
});
const events = [
  {
    leadId: 'a',
    fromStage: null,
    toStage: 'awareness' as const,
    fromStatus: null,
    toStatus: 'open' as const,
    at: NOW - 30 * DAY,
  },
  {
    leadId: 'a',
    fromStage: 'awareness' as const,
    toStage: 'interest' as const,
    fromStatus: 'open' as const,
    toStatus: 'open' as const,
    at: NOW - 20 * DAY,
  },
  {
    leadId: 'a',
    fromStage: 'interest' as const,
    toStage: 'consideration' as const,
    fromStatus: 'open' as const,
    toStatus: 'open' as const,
    at: NOW - 5 * DAY,
  },
];

async function openAna(page: Page) {
  await page.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await expect(page.locator('#lead-title')).toHaveText('Ana Gil');
}

test('the detail starts with a header: stage, value, next step and the main actions in view', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.setViewportSize(POPUP);
  await seed(popup, { leads: [ana], events });
  await openAna(popup);
  const head = popup.locator('.lead-head');
  await expect(head.locator('.lead-where')).toContainText('Consideration · 5 d in stage');
  await expect(head.locator('.lead-value')).toHaveText('$12,500');
  await expect(head.locator('.lead-next')).toHaveText('Send the proposal · Mar 4, 2099');
  for (const name of ['Move to Decision →', 'Mark won', 'Mark lost…', 'Next step…', 'Edit']) {
    await expectInViewport(popup, popup.getByRole('button', { name, exact: true }));
  }
  // Editing on demand: no form until Edit.
  await expect(popup.locator('.lead-form')).toHaveCount(0);
  // Delete is apart from the moves.
  await expect(popup.locator('.lead-actions').getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(popup.locator('.danger-zone').getByRole('button', { name: 'Delete' })).toBeVisible();
  await expectNoHorizontalOverflow(popup);

  // One timeline, newest first: the value edit (2 days ago) above the moves.
  const lines = popup.locator('.timeline > li');
  await expect(lines).toHaveCount(4);
  await expect(lines.nth(0)).toContainText('Changed by your edit');
  await expect(lines.nth(0)).toContainText('Deal value was');
  await expect(lines.nth(0)).toContainText('9000');
  await expect(lines.nth(1)).toContainText('Interest → Consideration');
  await expect(lines.nth(2)).toContainText('Awareness → Interest');
  await expect(lines.nth(3)).toContainText('Added in Awareness');
  const times = await lines
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect([...times].sort((x, y) => y - x)).toEqual(times);

  await popup.setViewportSize(TAB);
  await expectNoHorizontalOverflow(popup);
});

test('Edit opens the form and saving closes it; the next step is set in place; the timeline grows on top', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.setViewportSize(POPUP);
  await seed(popup, { leads: [ana], events });
  await openAna(popup);
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(popup.locator('#lead-name')).toBeFocused();
  await popup.locator('#lead-company').fill('Acme Iberia');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.locator('.lead-form')).toHaveCount(0);
  await expect(popup.locator('.lead-sub')).toHaveText('Acme Iberia');
  await expect(popup.locator('.timeline > li').first()).toContainText('Company was');

  await popup.getByRole('button', { name: 'Next step…', exact: true }).click();
  await expect(popup.locator('#detail-next-step')).toBeFocused();
  await popup.locator('#detail-next-step').fill('Call the CFO');
  await popup.locator('#detail-next-due').fill('2099-04-01');
  await popup.getByRole('button', { name: 'Save next step' }).click();
  await expect(popup.locator('.lead-next')).toHaveText('Call the CFO · Apr 1, 2099');
  expect((await storedLeads(popup))[0]).toMatchObject({
    company: 'Acme Iberia',
    nextStep: 'Call the CFO',
    nextStepDue: '2099-04-01',
    value: 12_500,
  });

  await popup.getByRole('button', { name: 'Move to Decision →' }).click();
  await expect(popup.locator('.timeline > li').first()).toContainText('Consideration → Decision');
});

test('in Spanish the header and timeline read in Spanish and nothing overflows', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.setViewportSize(POPUP);
  await seed(popup, { leads: [ana], events, meta: [spanish] });
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await expect(popup.locator('.lead-where')).toContainText('Consideración');
  await expect(popup.locator('.timeline > li').first()).toContainText('Cambiado por');
  await expectInViewport(popup, popup.getByRole('button', { name: 'Editar', exact: true }));
  await expectNoHorizontalOverflow(popup);
});
