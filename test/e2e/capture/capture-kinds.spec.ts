import { expect, storedLeads, test } from '../support/extension';
import { whenReady } from '../support/seed';

test('a company page: the industry is in the review form, the saved lead and its detail', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(
    'test/fixtures/pages/linkedin/company-loggedin-jobs-industry-with-commas.html',
    'https://www.linkedin.com/company/nubeluz-software/jobs/',
  );
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.locator('#field-industry')).toHaveValue('Technology, Information and Internet');
  await expect(popup.locator('#field-location')).toHaveValue('Austin, Texas');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect((await storedLeads(popup))[0]).toMatchObject({
    kind: 'company',
    industry: 'Technology, Information and Internet',
  });
  await popup.locator('[data-stage="awareness"] .lead-row', { hasText: 'Nubeluz Software' }).click();
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(popup.getByLabel('Industry')).toHaveValue('Technology, Information and Internet');
});

test('Outlook sender shown by name only: the form says no address was found, and the name is saved alone', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(
    'test/fixtures/pages/outlook/name-only-no-address.html',
    'https://outlook.office.com/mail/inbox/id/AAQkFIXTURE0001%3D',
  );
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.locator('#field-name')).toHaveValue('Rocío Paredes Gil');
  await expect(popup.locator('#capture-name-only')).toHaveText(
    'No email address on this page: saved with the name only.',
  );
  await expect(popup.locator('#field-email')).toHaveValue('');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({ name: 'Rocío Paredes Gil', source: 'email' });
  expect(lead?.email).toBeUndefined();
});
