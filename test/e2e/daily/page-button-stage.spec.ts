import { expect, test } from '../support/extension';
import { pageButton } from '../support/page-button';
import { makeLead, seed, whenReady } from '../support/seed';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-2nd-degree-no-photo.html',
  url: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
};

test('with the in-page button on, a page that is already a lead says its stage; another says Capture', async ({
  openExtensionPage,
  openFixture,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, {
    leads: [
      makeLead({ id: 'l', name: 'Lucía Ferrer Ortega', linkedinUrl: PROFILE.url, stage: 'consideration' }),
    ],
  });
  await popup.locator('.screen-nav [data-screen="settings"]').click();
  const toggle = popup.locator('section.page-button').getByRole('switch');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');

  const known = await openFixture(PROFILE.html, `${PROFILE.url}?trk=feed`);
  await expect(known.page.locator('#embudo-capture-button')).toHaveCount(1);
  await expect.poll(async () => (await pageButton(known.page)).text).toBe('Lead · Consideration — update');

  const other = await openFixture(PROFILE.html, 'https://www.linkedin.com/in/someone-not-stored/');
  await expect(other.page.locator('#embudo-capture-button')).toHaveCount(1);
  await expect.poll(async () => (await pageButton(other.page)).text).toBe('Capture');
});
