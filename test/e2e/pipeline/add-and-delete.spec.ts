import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, storedEvents, whenReady } from '../support/seed';

type Event = { leadId: string; fromStage: string | null; toStage: string };

test('a lead added by hand starts in Awareness with its first event; the same email updates it', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await expect(popup.getByRole('heading', { name: 'Start your pipeline' })).toBeVisible();
  await popup.getByRole('button', { name: 'Add lead' }).first().click();
  await expect(popup.getByLabel('Name', { exact: true })).toBeFocused();
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.locator('#lead-name-error')).toHaveText('Required: enter a name.');
  expect(await storedLeads(popup)).toHaveLength(0);

  await popup.getByLabel('Name', { exact: true }).fill('Carla Ríos');
  await popup.getByLabel('Company', { exact: true }).fill('Quercus');
  await popup.getByLabel('Email', { exact: true }).fill('carla@quercus.example');
  await popup.getByLabel('Source').selectOption('referral');
  // The essentials are in view; the rest is behind "More fields".
  await expect(popup.getByLabel('Next step', { exact: true })).toBeHidden();
  await popup.getByText('More fields').click();
  await popup.getByLabel('Next step', { exact: true }).fill('Call on Monday');
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.getByRole('heading', { name: 'Carla Ríos' })).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('Saved: Carla Ríos is in Awareness.');

  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({
    name: 'Carla Ríos',
    source: 'referral',
    stage: 'awareness',
    status: 'open',
    email: 'carla@quercus.example',
  });
  const events = await storedEvents<Event>(popup);
  expect(events).toMatchObject([{ leadId: lead?.id, fromStage: null, toStage: 'awareness' }]);

  await popup.getByRole('button', { name: '← All leads' }).click();
  await expect(popup.locator('[data-stage="awareness"] .lead-name')).toHaveText(['Carla Ríos']);

  await popup.getByRole('button', { name: 'Add lead' }).click();
  await popup.getByLabel('Name', { exact: true }).fill('Carla Ríos');
  await popup.getByLabel('Email', { exact: true }).fill('CARLA@quercus.example');
  await popup.getByText('More fields').click();
  await popup.getByLabel('Location').fill('Sevilla');
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.getByRole('status')).toContainText('Updated: Carla Ríos.');
  const leads = await storedLeads(popup);
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ location: 'Sevilla', company: 'Quercus' });
});

test('a deleted lead and its history come back with Undo', async ({ openExtensionPage }) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, {
    leads: [
      makeLead({ id: 'a', name: 'Ana Gil', stage: 'interest', value: 300 }),
      makeLead({ id: 'b', name: 'Bruno Paz' }),
    ],
  });
  const before = { leads: await storedLeads(popup), events: await storedEvents(popup) };
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await popup.getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('status')).toContainText('Deleted Ana Gil and its history.');
  await expect(popup.locator('[data-stage="interest"] .count')).toHaveText('0');
  expect((await storedLeads(popup)).map((l) => l.id)).toEqual(['b']);
  expect((await storedEvents<Event>(popup)).some((e) => e.leadId === 'a')).toBe(false);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('heading', { name: 'Ana Gil' })).toBeVisible();
  expect({ leads: await storedLeads(popup), events: await storedEvents(popup) }).toEqual(before);
  await popup.getByRole('button', { name: '← All leads' }).click();
  await expect(popup.locator('[data-stage="interest"] .count')).toHaveText('1');
  await expect(popup.locator('[data-stage="interest"] .stage-figures')).toContainText('€300');
});
