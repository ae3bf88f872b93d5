import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, storedEvents, whenReady } from '../support/seed';

type Event = { leadId: string; toStatus: string; lostReason?: string };

test('a deal is marked lost with a listed reason or the rep’s own words', async ({ openExtensionPage }) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, {
    leads: [
      makeLead({ id: 'a', name: 'Ana Gil', stage: 'consideration', value: 5000 }),
      makeLead({ id: 'b', name: 'Bruno Paz', stage: 'decision' }),
    ],
  });
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await popup.getByRole('button', { name: 'Mark lost…' }).click();
  const dialog = popup.getByRole('dialog', { name: 'Why was this deal lost?' });
  await dialog.getByLabel('Reason', { exact: true }).selectOption('No budget');
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(popup.locator('.lead-where')).toHaveAttribute('data-status', 'lost');
  await expect(popup.locator('.lead-where')).toContainText('No budget');

  await popup.getByRole('button', { name: '← All leads' }).click();
  await popup.locator('.lead-row', { hasText: 'Bruno Paz' }).click();
  await popup.getByRole('button', { name: 'Mark lost…' }).click();
  await dialog.getByLabel('Reason', { exact: true }).selectOption({ label: 'Other…' });
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(dialog.getByText('Write the reason, or pick one from the list.')).toBeVisible();
  await dialog.getByLabel('Reason in your words').fill('Bought in-house');
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(popup.locator('.lead-where')).toContainText('Bought in-house');

  const leads = await storedLeads(popup);
  expect(leads.find((l) => l.id === 'a')).toMatchObject({
    status: 'lost',
    lostReason: 'No budget',
    stage: 'consideration',
  });
  expect(leads.find((l) => l.id === 'b')).toMatchObject({ status: 'lost', lostReason: 'Bought in-house' });
  const events = await storedEvents<Event>(popup);
  expect(
    events
      .filter((e) => e.toStatus === 'lost')
      .map((e) => e.lostReason)
      .sort(),
  ).toEqual(['Bought in-house', 'No budget']);

  await popup.getByRole('button', { name: '← All leads' }).click();
  const lost = popup.locator('[data-stage="lost"]');
  await expect(lost.locator('.count')).toHaveText('2');
  await lost.getByRole('button', { name: /Lost/ }).click();
  await expect(lost.locator('.lead-name')).toHaveText(['Bruno Paz', 'Ana Gil']);
});

test('every field is editable; replaced values stay in the history; hostile text stays text', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, { leads: [makeLead({ id: 'a', name: 'Ana Gil', company: 'Acme', stage: 'interest' })] });
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  const hostile = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
  await popup.getByLabel('Company', { exact: true }).fill('Acme Iberia');
  await popup.getByLabel('Kind').selectOption('company');
  await popup.getByLabel('Email', { exact: true }).fill('Ana@Acme.example');
  await popup.getByLabel('Deal value').fill('12500,50');
  await popup.getByLabel('Currency').fill('usd');
  await popup.getByLabel('Quality').selectOption('2');
  await popup.getByLabel('Next step', { exact: true }).fill('Send the proposal');
  await popup.getByLabel('Next step due').fill('2026-12-01');
  await popup.getByLabel('Pain points', { exact: true }).fill('Slow invoicing');
  await popup.getByLabel('What helps them decide', { exact: true }).fill('A reference customer');
  await popup.getByLabel('Notes', { exact: true }).fill(hostile);
  await popup.getByLabel('Source').selectOption('referral');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved Ana Gil');

  const [lead] = await storedLeads(popup);
  expect(lead).toMatchObject({
    kind: 'company',
    company: 'Acme Iberia',
    email: 'ana@acme.example',
    value: 12500.5,
    currency: 'USD',
    quality: 2,
    nextStep: 'Send the proposal',
    nextStepDue: '2026-12-01',
    painPoints: 'Slow invoicing',
    decisionHelpers: 'A reference customer',
    notes: hostile,
    source: 'referral',
  });
  // Saved, the form closes: the header shows the note as text, the timeline what the edit replaced.
  await expect(popup.locator('.lead-form')).toHaveCount(0);
  await expect(popup.locator('.timeline > li').first()).toContainText('Changed by your edit');
  await expect(popup.locator('.timeline > li').first()).toContainText('Company was');
  await expect(popup.locator('.lead-notes dd')).toHaveText(hostile);
  expect(await popup.title()).not.toBe('pwned');
  expect(await popup.locator('main img, main script').count()).toBe(0);

  // Escape inside a field does not throw the form away; outside a field it goes back to the list.
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(popup.getByLabel('Notes', { exact: true })).toHaveValue(hostile);
  await popup.getByLabel('Location').fill('Bilbao');
  await popup.keyboard.press('Escape');
  await expect(popup.getByLabel('Location')).toHaveValue('Bilbao');

  // The row shows the new next step, its date and the value.
  await popup.getByRole('button', { name: '← All leads' }).click();
  await expect(popup.locator('.lead-row', { hasText: 'Ana Gil' })).toContainText('Send the proposal');
  await expect(popup.locator('.lead-row', { hasText: 'Ana Gil' })).toContainText('$12,501');
});

test('invalid values get inline messages and nothing reaches the database', async ({ openExtensionPage }) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await seed(popup, { leads: [makeLead({ id: 'a', name: 'Ana Gil', value: 100 })] });
  const before = await storedLeads(popup);
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await popup.getByLabel('Name', { exact: true }).fill('');
  await popup.getByLabel('Deal value').fill('-20');
  await popup.getByLabel('Email', { exact: true }).fill('ana at acme');
  await popup.getByLabel('Website', { exact: true }).fill('javascript:alert(1)');
  // A half-typed date: the browser cannot read it, and the form says so.
  await popup.getByLabel('Next step due').pressSequentially('12');
  await popup.getByRole('button', { name: 'Save changes' }).click();

  await expect(popup.getByRole('alert')).toHaveText('Some fields need a fix; nothing was saved.');
  await expect(popup.locator('#lead-name-error')).toHaveText('Required: enter a name.');
  await expect(popup.locator('#lead-value-error')).toHaveText('Cannot be negative.');
  await expect(popup.locator('#lead-email-error')).toHaveText('Not an email address.');
  await expect(popup.locator('#lead-website-error')).toContainText('http:// or https://');
  await expect(popup.locator('#lead-nextStepDue-error')).toHaveText('Not a date.');
  await expect(popup.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(popup.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await popup.getByLabel('Deal value').fill('lots');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.locator('#lead-value-error')).toHaveText('Enter a number, e.g. 1500 or 1500,50.');
  expect(await storedLeads(popup)).toEqual(before);
});

test('links from lead data open only http(s) addresses', async ({ openExtensionPage }) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  // Written straight to the database, as a broken import might: the popup must still not link it.
  await seed(popup, {
    leads: [
      makeLead({
        id: 'a',
        name: 'Ana Gil',
        linkedinUrl: 'https://www.linkedin.com/in/ana-gil/',
        website: 'javascript:alert(1)',
        threadUrl: 'data:text/html,<script>alert(1)</script>',
        email: 'ana@acme.example',
      }),
    ],
  });
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  const links = popup.locator('.lead-links a');
  await expect(links).toHaveCount(2);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    'mailto:ana@acme.example',
    'https://www.linkedin.com/in/ana-gil/',
  ]);
  await expect(popup.locator('.lead-links a[href="https://www.linkedin.com/in/ana-gil/"]')).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
  expect(await popup.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
});
