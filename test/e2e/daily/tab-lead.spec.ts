import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';
import { expectNoHorizontalOverflow, POPUP, spanish } from './daily-support';

const DAY = 86_400_000;
const PROFILE = {
  html: 'test/fixtures/pages/linkedin/profile-loggedin-full.html',
  // Reached through a country subdomain with a tracking query: the stored key is the canonical URL.
  url: 'https://se.linkedin.com/in/martin-salgado-brenner-3f9a1d?trk=public_profile',
  key: 'https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/',
};
const GMAIL = {
  html: 'test/fixtures/pages/gmail/thread-org-sender-from-inbox.html',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKcVnRtWqLpBbHjZsKtMwXyPd',
};
const known = (over = {}) =>
  makeLead({
    id: 'm',
    name: 'Martín Salgado Brenner',
    company: 'Novare Potential',
    linkedinUrl: PROFILE.key,
    stage: 'interest',
    stageChangedAt: Date.now() - 4 * DAY,
    nextStep: 'Send the deck',
    nextStepDue: '2099-01-15',
    ...over,
  });

test('a known profile shows its lead on top: stage, days in stage, next step; move and next step from the card', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize(POPUP);
  await seed(popup, { leads: [known(), makeLead({ id: 'o', name: 'Other Person' })] });
  const card = popup.locator('.tab-lead');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading')).toContainText('Already a lead: Martín Salgado Brenner');
  await expect(card.locator('.tab-lead-where')).toContainText(
    'Interest · 4 d in stage · Send the deck · Jan 15, 2099',
  );
  // On top of the popup: above the pipeline's first group.
  const cardBox = await card.boundingBox();
  const firstGroup = await popup.locator('[data-stage="awareness"]').boundingBox();
  expect(cardBox && firstGroup && cardBox.y < firstGroup.y).toBe(true);
  await expectNoHorizontalOverflow(popup);

  await card.getByRole('button', { name: 'Move to Consideration →' }).click();
  await expect(card.locator('.tab-lead-where')).toContainText('Consideration · 0 d in stage');
  expect((await storedLeads(popup)).find((l) => l.id === 'm')).toMatchObject({ stage: 'consideration' });

  await card.getByRole('button', { name: 'Next step…' }).click();
  await card.getByLabel('Next step', { exact: true }).fill('Call the CFO');
  await card.getByLabel('Next step due').fill('2099-02-01');
  await card.getByRole('button', { name: 'Save next step' }).click();
  await expect(card.locator('.tab-lead-where')).toContainText('Call the CFO · Feb 1, 2099');
  expect((await storedLeads(popup)).find((l) => l.id === 'm')).toMatchObject({
    nextStep: 'Call the CFO',
    nextStepDue: '2099-02-01',
    stage: 'consideration',
  });

  // The name opens the lead; the card gives way to the detail.
  await card.getByRole('button', { name: 'Martín Salgado Brenner' }).click();
  await expect(popup.locator('#lead-title')).toHaveText('Martín Salgado Brenner');
  await expect(popup.locator('.tab-lead')).toHaveCount(0);
});

test('closing from the card: lost with a reason; a profile that is no lead shows no card', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await seed(popup, { leads: [known()], meta: [spanish] });
  const card = popup.locator('.tab-lead');
  await expect(card.getByRole('heading')).toContainText('Ya es un lead: Martín Salgado Brenner');
  await card.getByRole('button', { name: 'Marcar perdido…' }).click();
  await popup.getByRole('dialog').getByRole('button', { name: 'Marcar perdido' }).click();
  await expect(card.locator('.tab-lead-where')).toHaveAttribute('data-status', 'lost');
  expect((await storedLeads(popup))[0]).toMatchObject({ status: 'lost' });

  await seed(popup, { leads: [{ ...known(), linkedinUrl: 'https://www.linkedin.com/in/someone-else/' }] });
  await expect(popup.locator('html')).toHaveAttribute('data-tab-lead-lookup', 'done');
  await expect(popup.locator('.tab-lead')).toHaveCount(0);
});

test('an open Gmail message from a lead shows its card, found through the page’s sender', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(GMAIL.html, GMAIL.url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await seed(popup, {
    leads: [
      makeLead({
        id: 'g',
        name: 'Acme Corp',
        kind: 'company',
        email: 'renewals@acme-corp.example',
        stage: 'decision',
      }),
    ],
  });
  await expect(popup.locator('.tab-lead').getByRole('heading')).toContainText('Acme Corp');
  await expect(popup.locator('.tab-lead .tab-lead-where')).toContainText('Decision');
});

test('the look-up starts only once the pipeline is on screen, from a chunk of its own', async ({
  openFixture,
  openExtensionPage,
}) => {
  const { tabId } = await openFixture(PROFILE.html, PROFILE.url);
  const popup = await whenReady(await openExtensionPage(`popup.html?tab=${tabId}`));
  await expect(popup.locator('html')).toHaveAttribute('data-tab-lead-lookup', 'done');
  const [ready, lookup] = await popup.evaluate(() =>
    ['popup-ready', 'tab-lead-lookup'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1),
  );
  expect(ready).toBeGreaterThan(0);
  expect(lookup).toBeGreaterThanOrEqual(ready as number);
  // popup.html loads no look-up code itself: it is fetched after the first paint.
  const scripts = await popup.evaluate(() => [...document.scripts].map((s) => s.src).join(' '));
  expect(scripts).not.toMatch(/tab-lead/);
});
