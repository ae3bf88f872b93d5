import { expect, storedLeads, test } from '../support/extension';
import { storedEvents, whenReady } from '../support/seed';
import { expectInViewport, expectNoHorizontalOverflow, POPUP, TAB } from './daily-support';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

test('the review form is short: Save in view at popup and tab sizes, provenance one mark per field', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await popup.setViewportSize(POPUP);
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.locator('#field-name')).toHaveValue('Martín Salgado Brenner');
  await expectInViewport(popup, popup.getByRole('button', { name: 'Save', exact: true }));
  await expectNoHorizontalOverflow(popup);

  // No line per field repeating where it came from: the words are a tooltip, hidden until asked.
  await expect(popup.getByText(/high confidence/).filter({ visible: true })).toHaveCount(0);
  const nameTip = popup.locator('#prov-name');
  await expect(nameTip).toBeHidden();
  await popup.locator('#field-name').press('Shift+Tab'); // keyboard: back from the input to its mark
  await expect(nameTip).toBeVisible();
  await expect(nameTip).toHaveText('From linkedin-profile, high confidence');
  await popup.locator('#field-company').focus();
  await expect(nameTip).toBeHidden();
  await popup.locator('.label-row', { hasText: 'Name' }).locator('.prov').hover();
  await expect(nameTip).toBeVisible();
  // The input is described by its provenance for screen readers; nothing found has no mark.
  await expect(popup.locator('#field-name')).toHaveAttribute('aria-describedby', 'prov-name');
  await expect(popup.locator('#prov-email')).toHaveCount(0);
  await expect(popup.locator('.prov-low')).toHaveCount(0);

  // The deal is one step away, and Save stays in view with it open.
  await expect(popup.locator('#deal-stage')).toBeHidden();
  await popup.getByText('Deal: stage, value, next step, notes').click();
  await expect(popup.locator('#deal-stage')).toBeVisible();

  await popup.setViewportSize(TAB);
  await expectInViewport(popup, popup.getByRole('button', { name: 'Save', exact: true }));
  await expectNoHorizontalOverflow(popup);
});

test('deal fields are checked, then saved with the lead in one write: its stage, value, next step, notes', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await popup.setViewportSize(POPUP);
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await popup.getByText('Deal: stage, value, next step, notes').click();
  await popup.locator('#deal-stage').selectOption({ label: 'Interest' });
  await popup.locator('#deal-value').fill('a lot');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.locator('#deal-value-error')).toHaveText('Enter a number, e.g. 1500 or 1500,50.');
  await expect(popup.locator('#deal-value')).toBeFocused();
  expect(await storedLeads(popup)).toHaveLength(0);

  await popup.locator('#deal-value').fill('1500,50');
  await popup.locator('#deal-nextStep').fill('Send the case study');
  await popup.locator('#deal-nextStepDue').fill('2026-12-15');
  await popup.locator('#deal-notes').fill('Asked about the API');
  await popup.getByRole('button', { name: 'Manual reporting', exact: true }).click();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('is in Interest');
  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({
    stage: 'interest',
    status: 'open',
    value: 1500.5,
    nextStep: 'Send the case study',
    nextStepDue: '2026-12-15',
    notes: 'Asked about the API',
    // The picked pain point rides in the deal, written in the same transaction.
    painPointIds: ['manual-reporting'],
  });
  // Created straight into Interest: one creation event, no move, no skipped stage.
  const events = await storedEvents<{ fromStage: string | null; toStage: string }>(popup);
  expect(events.map((e) => [e.fromStage, e.toStage])).toEqual([[null, 'interest']]);
});
