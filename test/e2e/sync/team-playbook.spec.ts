import { expect, type Page, test } from '@playwright/test';
import { makeLead, seed, whenReady } from '../support/seed';
import { ANA, connectRep, type Rep, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-team-playbook';
const LIA = { name: 'lia', password: 'lia-password', role: 'lead' as const };

const team = useTeam(DATABASE, [LIA, ANA]);

/** A browser with one deal in Interest, so the pipeline shows Interest's "?" link to the playbook. */
async function repWithDeal(): Promise<Rep> {
  const rep = await team.launch();
  await seed(rep.page, {
    leads: [makeLead({ id: 'deal-1', name: 'A deal', stage: 'interest', nextStep: 'Call' })],
  });
  return rep;
}

/** The playbook as the rep opens it: the stage's "?" in the popup, a new tab. */
async function openPlaybookFromPopup(rep: Rep): Promise<Page> {
  await rep.page.reload();
  await whenReady(rep.page);
  const [playbook] = await Promise.all([
    rep.context.waitForEvent('page'),
    rep.page.locator('[data-stage="interest"] a.help').click(),
  ]);
  await playbook.waitForLoadState();
  await expect(playbook.locator('html')).toHaveAttribute('data-process', /team|built-in/, {
    timeout: 30_000,
  });
  return playbook;
}

test("the playbook opened from the extension shows the team's process once synced, the built-in one without sync", async () => {
  test.setTimeout(300_000);
  const ana = await repWithDeal();
  // Before sync: the built-in process, no "set by your team".
  const before = await openPlaybookFromPopup(ana);
  await expect(before.locator('html')).toHaveAttribute('data-process', 'built-in');
  await expect(before.locator('#stage-interest-title')).toContainText('Interest');
  await expect(before.locator('#stage-interest .facts dd').first()).toHaveText('14 days');
  await expect(before.locator('#team-process-notice')).toHaveCount(0);
  await before.close();

  const lia = await team.launch();
  expect(await connectRep(lia.page, team.server(), DATABASE, LIA)).toMatchObject({ ok: true });
  expect(await connectRep(ana.page, team.server(), DATABASE, ANA)).toMatchObject({ ok: true });
  await lia.page.reload();
  await whenReady(lia.page);
  await lia.page.locator('.screen-nav [data-screen="settings"]').click();
  await lia.page.getByRole('textbox', { name: 'Interest / Interés English' }).fill('Engaged <b>now</b>');
  await lia.page.getByRole('textbox', { name: 'Interest / Interés Stalled after (days)' }).fill('3');
  await lia.page.getByRole('button', { name: 'Save for the team' }).click();
  await expect(lia.page.getByRole('status').filter({ hasText: 'Saved for the team' })).toBeVisible();
  expect(await syncNow(lia.page)).toMatchObject({ state: { failures: 0 } });
  expect(await syncNow(ana.page)).toMatchObject({ state: { failures: 0 } });

  const after = await openPlaybookFromPopup(ana);
  await expect(after.locator('html')).toHaveAttribute('data-process', 'team');
  await expect(after.locator('#team-process-notice')).toContainText('Set by your team (lia,');
  // The stage, the table of contents and the checklist's legend all carry the team's name, as text.
  await expect(after.locator('#stage-interest-title')).toContainText('Engaged <b>now</b>');
  await expect(after.locator('#toc a[href="#stage-interest"]')).toHaveText('Engaged <b>now</b>');
  await expect(after.locator('#stage-interest b')).toHaveCount(0);
  await expect(after.locator('#stage-interest .facts dd').first()).toHaveText('3 days');
  // The swapped-in checklists still work.
  await after.locator('#stage-interest fieldset input[type=checkbox]').first().check();
  await expect(after.locator('#stage-interest .checklist-progress')).toHaveText(/^1 of \d+ done$/);

  // Spanish: the same process, the Spanish page's words.
  await after.goto(after.url().replace('/en.html', '/es.html').replace(/#.*$/, ''));
  await expect(after.locator('#team-process-notice')).toContainText('Definido por tu equipo (lia,');
  await expect(after.locator('#stage-interest .facts dd').first()).toHaveText('3 días');
});
