import { expect, type Page, test } from '@playwright/test';
import { makeLead, seed, seriousA11yViolations, whenReady } from '../support/seed';
import { ANA, connectRep, type Rep, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-team-criteria';
const LIA = { name: 'lia', password: 'lia-password', role: 'lead' as const };
const EXIT = 'Pain points agreed <i>in writing</i>';
const ITEM = 'Write the pain points down, with a date';

const team = useTeam(DATABASE, [LIA, ANA]);

const openSettings = async (page: Page) => {
  await page.reload();
  await whenReady(page);
  await page.locator('.screen-nav [data-screen="settings"]').click();
  await page.getByText('Interest / Interés: criteria and checklist').click();
};
/** The first row's English text of one of Interest's lists in Settings. */
const firstRow = (page: Page, part: 'exit' | 'checklist') =>
  page.locator(`[data-criteria="interest.${part}"] tbody tr`).first().locator('input').first();

test("the lead edits a stage's criteria and checklist for the team; the rep sees them on a move and in the playbook, read-only", async () => {
  test.setTimeout(300_000);
  const ana: Rep = await team.launch();
  await seed(ana.page, {
    leads: [makeLead({ id: 'deal-1', name: 'A deal', stage: 'interest', nextStep: 'Call' })],
  });
  const lia = await team.launch();
  expect(await connectRep(lia.page, team.server(), DATABASE, LIA)).toMatchObject({ ok: true });
  expect(await connectRep(ana.page, team.server(), DATABASE, ANA)).toMatchObject({ ok: true });

  // The lead rewrites Interest's exit criterion and its first checklist item, with the keyboard.
  await openSettings(lia.page);
  await firstRow(lia.page, 'exit').fill(EXIT);
  await firstRow(lia.page, 'checklist').fill(ITEM);
  // A new item, by keyboard: the add button focuses the new row's English text.
  await lia.page.getByRole('button', { name: 'Add a line to Interest / Interés, Checklist' }).focus();
  await lia.page.keyboard.press('Enter');
  // The focus moves once the new row is drawn: type only then.
  await expect(
    lia.page.locator('[data-criteria="interest.checklist"] tbody tr').last().locator('input').first(),
  ).toBeFocused();
  await lia.page.keyboard.type('Ask for the budget');
  expect(await seriousA11yViolations(lia.page)).toEqual([]);
  await lia.page.getByRole('button', { name: 'Save for the team' }).click();
  await expect(lia.page.getByRole('status').filter({ hasText: 'Saved for the team' })).toBeVisible();
  expect(await syncNow(lia.page)).toMatchObject({ state: { failures: 0 } });
  expect(await syncNow(ana.page)).toMatchObject({ state: { failures: 0 } });

  // The rep, moving her deal: the team's exit criterion, as text, under the move buttons.
  await ana.page.reload();
  await whenReady(ana.page);
  await ana.page.locator('.lead-row', { hasText: 'A deal' }).click();
  const rules = ana.page.locator('.move-criteria');
  await rules.locator('summary').click();
  await expect(rules.locator('[data-criteria="exit"]')).toContainText(`To leave Interest${EXIT}`);
  await expect(rules.locator('[data-criteria="entry"] h4')).toHaveText('To enter Consideration');
  await expect(rules.locator('i')).toHaveCount(0);
  expect(await seriousA11yViolations(ana.page)).toEqual([]);

  // The playbook opened from the popup: the same criterion, and the edited item under its old id.
  await ana.page.locator('.screen-nav [data-screen="pipeline"]').click();
  const [playbook] = await Promise.all([
    ana.context.waitForEvent('page'),
    ana.page.locator('[data-stage="interest"] a.help').click(),
  ]);
  await expect(playbook.locator('html')).toHaveAttribute('data-process', 'team', { timeout: 30_000 });
  await expect(playbook.locator('#stage-interest .criteria > div').nth(1)).toContainText(EXIT);
  await expect(playbook.locator('label[for="check-interest-pain"]')).toHaveText(ITEM);
  await expect(playbook.locator('label[for="check-interest-ask-for-the-budget"]')).toHaveText(
    'Ask for the budget',
  );
  await playbook.close();

  // The rep cannot change them: the team's process is read-only for her.
  await openSettings(ana.page);
  await expect(firstRow(ana.page, 'exit')).toBeDisabled();
  await expect(firstRow(ana.page, 'exit')).toHaveValue(EXIT);
  await expect(
    ana.page.getByRole('button', { name: 'Reset to the built-in: Interest / Interés' }),
  ).toBeDisabled();
});
