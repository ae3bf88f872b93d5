import { expect, storedLeads, test } from './support/extension';

declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  url: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};

test('a LinkedIn profile is captured, reviewed, saved, shown under Awareness; a second capture updates it', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  expect(tabId).toBeGreaterThan(0);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);

  await popup.getByRole('button', { name: /capture this page|capturar página/i }).click();
  const name = popup.locator('#field-name');
  await expect(name).toHaveValue('Martín Salgado Brenner');
  await expect(popup.locator('#field-company')).toHaveValue('Novare Potential');
  await popup.locator('#field-location').fill('Stockholm');
  await popup.getByRole('button', { name: /^(save|guardar)$/i }).click();

  const awareness = popup.locator('[data-stage="awareness"]');
  await expect(awareness.locator('.lead-name')).toHaveText(['Martín Salgado Brenner']);
  await expect(awareness.locator('.count')).toHaveText('1');

  let leads = await storedLeads(popup);
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({
    name: 'Martín Salgado Brenner',
    stage: 'awareness',
    location: 'Stockholm',
    linkedinUrl: PROFILE.url,
  });

  // The same person again, on the public page of a country subdomain with a tracking query.
  const again = await openFixture(
    'test/fixtures/pages/linkedin/profile-public-jsonld.html',
    'https://se.linkedin.com/in/martin-salgado-brenner-3f9a1d?trk=public_profile',
  );
  const popup2 = await openExtensionPage(`popup.html?tab=${again.tabId}`);
  await popup2.getByRole('button', { name: /capture this page|capturar página/i }).click();
  await expect(popup2.getByText(/already in your pipeline|ya está en tu pipeline/i)).toBeVisible();
  await popup2.getByRole('button', { name: /^(save|guardar)$/i }).click();
  await expect(popup2.getByRole('status')).toContainText(/updated|actualizado/i);
  leads = await storedLeads(popup2);
  expect(leads).toHaveLength(1);
  expect(leads[0]?.location).toBe('Greater Stockholm Metropolitan Area');
  await expect(popup2.locator('[data-stage="awareness"] .count')).toHaveText('1');
});

test('a page the extractors do not understand says "nothing to capture here" and writes nothing', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(
    'test/fixtures/pages/web/news-article.html',
    'https://www.noticias-ejemplo.es/economia/x.html',
  );
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: /capture this page|capturar página/i }).click();
  await expect(popup.getByRole('status')).toContainText(/nothing to capture here|no hay nada que capturar/i);
  expect(await storedLeads(popup)).toHaveLength(0);
});

test('a capture message that fails validation is rejected and writes nothing', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const answer = await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'save-candidate',
      candidate: {
        kind: 'person',
        name: '<script>x</script>',
        source: 'linkedin',
        linkedinUrl: 'javascript:alert(1)',
      },
    }),
  );
  expect(answer).toMatchObject({ ok: false, reason: 'invalid' });
  expect(await storedLeads(popup)).toHaveLength(0);
});
