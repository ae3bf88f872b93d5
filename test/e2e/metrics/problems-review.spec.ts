import { ANSWERS } from '../../unit/extension/popup/metrics/small-pipeline';
import { expect, test } from '../support/extension';
import { seriousA11yViolations, storedRows } from '../support/seed';
import { popupWith } from './metrics-fixture';

test('the problems screen lists flagged leads by problem with what to do, and the pipeline finding', async ({
  openExtensionPage,
}) => {
  const page = await popupWith(openExtensionPage, 'problems');
  await expect(page.locator('.problems-total')).toHaveAttribute('data-total', ANSWERS.badge);
  for (const [problem, ids] of Object.entries({
    stalled: ANSWERS.problems.stalled,
    'skipped-stages': ANSWERS.problems['skipped-stages'],
    'low-quality': ANSWERS.problems['low-quality'],
  })) {
    const group = page.locator(`.problem-group[data-problem="${problem}"]`);
    await expect(group.locator('.problem-leads li')).toHaveCount(ids.length);
    await expect(group.locator(`li[data-lead="${ids[0]}"]`)).toContainText(`Lead ${ids[0]}`);
    await expect(group.getByRole('link')).toHaveAttribute('href', new RegExp(`#problem-${problem}$`));
  }
  const tooMany = page.locator('.problem-group[data-problem="too-many-opportunities"]');
  await expect(tooMany.locator('.problem-findings li')).toHaveText(/2.*1/);
  await expect(page.locator('.problem-group[data-problem="stalled"]')).toContainText(/20/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A name opens the lead.
  await page.locator('.problem-group[data-problem="stalled"] li[data-lead="D"] button.link').click();
  await expect(page.getByText('Lead D').first()).toBeVisible();
});

test('a recorded review becomes what the next review compares against', async ({ openExtensionPage }) => {
  const page = await popupWith(openExtensionPage, 'review');
  const since = page.locator('.review-since');
  await expect(since).toHaveAttribute('data-has-previous', 'no');
  // No review yet: the last 7 days (one cadence). E was created and A was won in them;
  // B was lost exactly 7 days before the data was seeded, so just before the window.
  await expect(page.locator('[data-change="newLeads"] strong')).toHaveText('1');
  await expect(page.locator('[data-change="wins"] strong')).toHaveText('1');
  await expect(page.locator('[data-change="losses"] strong')).toHaveText('0');
  await expect(page.locator('.review-trends tbody tr')).toHaveCount(6);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /record this review|registrar esta revisión/i }).click();
  await expect(since).toHaveAttribute('data-has-previous', 'yes');
  for (const kind of ['newLeads', 'moves', 'wins', 'losses', 'newProblems', 'resolvedProblems']) {
    await expect(page.locator(`[data-change="${kind}"] strong`)).toHaveText('0');
  }
  await expect(page.locator('.review-due')).toContainText(/7/);
  const reviews = await storedRows<{
    figures: Record<string, number | null>;
    problems: Record<string, string[]>;
  }>(page, 'reviews');
  expect(reviews).toHaveLength(1);
  expect(reviews[0]?.figures['problems.total']).toBe(4);
  expect(reviews[0]?.problems.stalled).toEqual(['D']);
  // The figures table now has a "then" column filled from the record.
  await expect(page.locator('.review-figures tr[data-figure="problems.total"] td').first()).toHaveText('4');
});
