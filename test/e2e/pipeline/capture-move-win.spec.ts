import { expect, storedLeads, test } from '../support/extension';
import { storedEvents, whenReady } from '../support/seed';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

type Event = {
  leadId: string;
  fromStage: string | null;
  toStage: string;
  toStatus: string;
  skipped?: string[];
};

test('capture → move forward → skip with confirmation → won, each move recorded', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.locator('#field-name')).toHaveValue('Martín Salgado Brenner');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');

  // Open the lead from its row and move it one stage forward.
  await popup.locator('[data-stage="awareness"] .lead-row', { hasText: 'Martín Salgado Brenner' }).click();
  await expect(popup.getByRole('heading', { name: 'Martín Salgado Brenner' })).toBeVisible();
  await popup.getByRole('button', { name: 'Move to Interest →' }).click();
  await expect(popup.locator('.lead-where')).toHaveAttribute('data-stage', 'interest');

  // Jumping to Decision skips Consideration: the app asks first; Cancel changes nothing.
  await popup.getByLabel('Move to', { exact: true }).selectOption('decision');
  await popup.getByRole('button', { name: 'Move', exact: true }).click();
  const dialog = popup.getByRole('dialog', { name: 'Skip stages?' });
  await expect(dialog).toContainText('Moving from Interest to Decision skips Consideration');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedLeads(popup))[0]?.stage).toBe('interest');

  await popup.getByRole('button', { name: 'Move', exact: true }).click();
  await dialog.getByRole('button', { name: 'Move and record the skip' }).click();
  await expect(popup.locator('.lead-where')).toHaveAttribute('data-stage', 'decision');
  await expect(popup.locator('.history')).toContainText('skipped Consideration');

  await popup.getByRole('button', { name: 'Mark won' }).click();
  await expect(popup.locator('.lead-where')).toHaveAttribute('data-status', 'won');

  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({ stage: 'purchase', status: 'won' });
  const events = (await storedEvents<Event>(popup)).filter((e) => e.leadId === lead?.id);
  expect(events.map((e) => [e.fromStage, e.toStage, e.toStatus, e.skipped ?? []])).toEqual([
    [null, 'awareness', 'open', []],
    ['awareness', 'interest', 'open', []],
    ['interest', 'decision', 'open', ['consideration']],
    ['decision', 'purchase', 'won', []],
  ]);

  // Back on the pipeline, the deal is counted under Won with nothing left open.
  await popup.getByRole('button', { name: '← All leads' }).click();
  await expect(popup.locator('[data-stage="won"] .count')).toHaveText('1');
  await expect(popup.locator('[data-stage="awareness"] .count')).toHaveText('0');
});
