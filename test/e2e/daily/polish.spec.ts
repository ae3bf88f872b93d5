import { expect, storedLeads, test } from '../support/extension';
import { makeLead, seed, whenReady } from '../support/seed';
import { expectInViewport, expectNoHorizontalOverflow, POPUP, spanish } from './daily-support';

const DAY = 86_400_000;

for (const lang of ['en', 'es'] as const) {
  test(`popup at 440 px in ${lang}: one header row; Add lead shows its essentials with the button in view`, async ({
    openExtensionPage,
  }) => {
    const popup = await whenReady(await openExtensionPage('popup.html'));
    await popup.setViewportSize(POPUP);
    await seed(popup, { leads: [makeLead({ id: 'x', name: 'Xavi' })], meta: lang === 'es' ? [spanish] : [] });
    const [first, last] = await Promise.all([
      popup.locator('.app-header button').first().boundingBox(),
      popup.locator('.app-header button').last().boundingBox(),
    ]);
    // One row: the last button is level with the first, not a row below it.
    expect(first && last && Math.abs(first.y - last.y)).toBeLessThan(4);
    await expect(popup.getByRole('heading', { level: 1, name: 'Embudo' })).toHaveCount(1);

    const add = lang === 'es' ? 'Añadir lead' : 'Add lead';
    await popup.locator('.header-actions').getByRole('button', { name: add }).click();
    await expect(popup.locator('#lead-name')).toBeFocused();
    const submit = popup.getByRole('button', {
      name: lang === 'es' ? 'Añadir al pipeline' : 'Add to pipeline',
    });
    await expectInViewport(popup, submit);
    for (const id of ['name', 'company', 'email', 'linkedinUrl', 'source', 'stage']) {
      await expect(popup.locator(`#lead-${id}`)).toBeVisible();
    }
    // The rest waits behind "More fields".
    await expect(popup.locator('#lead-headline')).toBeHidden();
    await expect(popup.locator('#lead-value')).toBeHidden();
    await expectNoHorizontalOverflow(popup);
  });
}

test('Add lead: the chosen stage is where the lead starts; a fix in More fields keeps it open', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.setViewportSize(POPUP);
  await popup.locator('.header-actions').getByRole('button', { name: 'Add lead' }).click();
  await popup.locator('#lead-name').fill('Carla Ríos');
  await popup.locator('#lead-stage').selectOption({ label: 'Interest' });
  await popup.getByText('More fields').click();
  await popup.locator('#lead-value').fill('-3');
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.locator('#lead-value-error')).toHaveText('Cannot be negative.');
  await popup.locator('#lead-value').fill('300');
  // Fixing the last error does not fold the section away under the rep's cursor.
  await expect(popup.locator('#lead-value')).toBeVisible();
  await popup.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(popup.getByRole('heading', { name: 'Carla Ríos' })).toBeVisible();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('is in Interest');
  expect((await storedLeads(popup))[0]).toMatchObject({ stage: 'interest', value: 300 });
});

test('review changes without bullets or triangles; settings titles above their hints; a calm storage note', async ({
  openExtensionPage,
}) => {
  const popup = await whenReady(await openExtensionPage('popup.html'));
  await popup.setViewportSize(POPUP);
  const recent = Date.now() - DAY;
  await seed(popup, {
    leads: [makeLead({ id: 'n', name: 'Nora', createdAt: recent, stageChangedAt: recent })],
  });

  await popup.locator('.screen-nav [data-screen="review"]').click();
  const newLeads = popup.locator('[data-change="newLeads"]');
  await expect(newLeads.locator('strong')).toHaveText('1');
  const marks = await popup.locator('.review-changes').evaluate((ul) => ({
    list: getComputedStyle(ul).listStyleType,
    item: getComputedStyle(ul.querySelector('li') as Element).listStyleType,
    summary: getComputedStyle(ul.querySelector('summary') as Element).listStyleType,
  }));
  expect(marks.list).toBe('none');
  expect(marks.item).toBe('none');
  // The disclosure triangle is the summary's list marker.
  expect(marks.summary).toBe('none');
  await newLeads.locator('summary').click();
  await expect(newLeads.getByRole('button', { name: 'Nora' })).toBeVisible();
  await expectNoHorizontalOverflow(popup);

  await popup.locator('.screen-nav [data-screen="settings"]').click();
  const caption = popup.locator('.stage-table caption').first();
  const [title, hint] = await Promise.all([
    caption.locator('.caption-title').boundingBox(),
    caption.locator('.caption-hint').boundingBox(),
  ]);
  expect(title && hint && hint.y >= title.y + title.height - 1).toBe(true);
  await expect(caption.locator('.caption-hint')).toHaveCSS('font-weight', '400');

  await popup.locator('.screen-nav [data-screen="data"]').click();
  const note = popup.getByTestId('persist-status');
  await expect(note).toBeVisible();
  // Information, not an alarm: no warning colour or role, and no word of data being lost.
  await expect(note).not.toHaveClass(/warn|error/);
  await expect(note).not.toHaveAttribute('role', 'alert');
  await expect(note).not.toContainText(/clear this data|may clear|podría borrar/i);
});
