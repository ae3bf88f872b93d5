import type { Page } from '@playwright/test';
import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, seriousA11yViolations } from '../support/seed';

const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-2nd-degree-no-photo.html',
  url: 'https://www.linkedin.com/in/lucia-ferrer-ortega-4b2a1c/',
};

/** Added by hand after a fair: no LinkedIn URL, the name typed without its accent. */
const BY_HAND = makeLead({
  id: 'by-hand-lucia',
  name: 'Lucia Ferrer Ortega',
  company: 'Swedbank',
  headline: 'Scrum Master',
  location: 'Madrid',
  notes: 'Met at the fintech fair',
  stage: 'interest',
});

/** Seeds the hand-made lead, opens the LinkedIn profile and captures it from the popup. */
async function captureLookAlike(
  openExtensionPage: (path: string) => Promise<Page>,
  openFixture: (html: string, url: string) => Promise<{ tabId: number }>,
): Promise<Page> {
  await seed(await openExtensionPage('popup.html'), { leads: [BY_HAND] });
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: /capture this page|capturar página/i }).click();
  await expect(popup.locator('#field-name')).toHaveValue('Lucía Ferrer Ortega');
  await expect(popup.locator('.merge-offer')).toContainText(
    /(This looks like|Parece ser) Lucia Ferrer Ortega \(Swedbank\).*(Interest|Interés)/,
  );
  // The offer replaces the plain Save: the rep has to choose.
  await expect(popup.getByRole('button', { name: /^(save|guardar)$/i })).toHaveCount(0);
  expect(await seriousA11yViolations(popup)).toEqual([]);
  return popup;
}

test('a capture that looks like a lead added by hand is merged into it, keeping the values it replaced', async ({
  openExtensionPage,
  openFixture,
}) => {
  const popup = await captureLookAlike(openExtensionPage, openFixture);
  await popup.getByRole('button', { name: /merge into that lead|unir con ese lead/i }).click();
  await expect(popup.getByRole('status')).toContainText(/updated|actualizado/i);

  const leads = await storedLeads(popup);
  expect(leads).toHaveLength(1);
  const [lead] = leads;
  expect(lead).toMatchObject({
    id: BY_HAND.id,
    name: 'Lucía Ferrer Ortega',
    company: 'Swedbank',
    linkedinUrl: PROFILE.url,
    location: 'Stockholm, Stockholm County, Sweden',
    notes: BY_HAND.notes,
    stage: 'interest',
  });
  const previous = Object.fromEntries(
    ((lead?.changes ?? []) as { field: string; previous: string }[]).map((c) => [c.field, c.previous]),
  );
  expect(previous).toEqual({ name: 'Lucia Ferrer Ortega', headline: 'Scrum Master', location: 'Madrid' });
  await expect(popup.locator('[data-stage="interest"] .lead-name')).toHaveText(['Lucía Ferrer Ortega']);
});

test('"Keep as a new lead" saves the capture as a second lead and leaves the first untouched', async ({
  openExtensionPage,
  openFixture,
}) => {
  const popup = await captureLookAlike(openExtensionPage, openFixture);
  await popup.getByRole('button', { name: /keep as a new lead|guardar como lead nuevo/i }).click();
  await expect(popup.getByRole('status')).toContainText(/saved|guardado/i);

  const leads = await storedLeads(popup);
  expect(leads).toHaveLength(2);
  const first = leads.find((l) => l.id === BY_HAND.id);
  expect(first).toMatchObject({ name: BY_HAND.name, location: 'Madrid' });
  expect(first).not.toHaveProperty('linkedinUrl');
  expect(first).not.toHaveProperty('changes');
  expect(leads.find((l) => l.id !== BY_HAND.id)).toMatchObject({
    name: 'Lucía Ferrer Ortega',
    linkedinUrl: PROFILE.url,
    stage: 'awareness',
  });
});
