import { expect, type Page, test } from '@playwright/test';
import { adminClient } from '../../../scripts/team/admin-client';
import { setupTeam } from '../../../scripts/team/setup';
import { makeLead, seed, whenReady } from '../support/seed';
import { ANA, BO, connectRep, type Rep, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-process';
const LIA = { name: 'lia', password: 'lia-password', role: 'lead' as const };
const DAY = 86_400_000;

const team = useTeam(DATABASE, [LIA, ANA, BO]);

/** A rep with one lead five days in Interest: not stalled under the built-in 14 days, stalled under 3. */
async function repWithLead(name: string): Promise<Rep> {
  const rep = await team.launch();
  const at = Date.now() - 5 * DAY;
  await seed(rep.page, {
    leads: [
      makeLead({
        id: `${name}-1`,
        name: `Lead of ${name}`,
        stage: 'interest',
        nextStep: 'Call',
        updatedAt: at,
        stageChangedAt: at,
      }),
    ],
  });
  return rep;
}

const openSettings = async (page: Page) => {
  await page.reload();
  await whenReady(page);
  await page.locator('.screen-nav [data-screen="settings"]').click();
};

test("the lead sets the team's process; both reps adopt it read-only; a stale lead's change is refused", async () => {
  test.setTimeout(300_000);
  const [ana, bo] = [await repWithLead('ana'), await repWithLead('bo')];
  const lia = await team.launch();
  for (const [b, m] of [
    [lia, LIA],
    [ana, ANA],
    [bo, BO],
  ] as const)
    expect(await connectRep(b.page, team.server(), DATABASE, m)).toMatchObject({ ok: true });
  for (const b of [ana, bo]) {
    expect(await syncNow(b.page)).toMatchObject({ state: { failures: 0 } });
    await expect(b.page.locator('.lead-row .badge-stalled')).toHaveCount(0);
  }

  await openSettings(lia.page);
  await expect(lia.page.locator('#team-process-note')).toContainText('team lead');
  await lia.page.getByRole('textbox', { name: 'Interest / Interés English' }).fill('Engaged');
  await lia.page.getByRole('textbox', { name: 'Interest / Interés Stalled after (days)' }).fill('3');
  await lia.page.getByRole('button', { name: 'Save for the team' }).click();
  await expect(lia.page.getByRole('status').filter({ hasText: 'Saved for the team' })).toBeVisible();
  expect(await syncNow(lia.page)).toMatchObject({ state: { failures: 0 } });

  for (const b of [ana, bo]) {
    expect(await syncNow(b.page)).toMatchObject({ state: { failures: 0 } });
    await b.page.reload();
    await whenReady(b.page);
    await expect(b.page.locator('[data-stage="interest"] .group-name')).toHaveText('Engaged');
    await expect(b.page.locator('.lead-row .badge-stalled')).toHaveCount(1);
  }
  // A rep sees it as the team's: read-only, but the language stays hers to choose.
  await openSettings(ana.page);
  await expect(ana.page.locator('#team-process-note')).toContainText('Set by your team (lia');
  await expect(ana.page.getByRole('textbox', { name: 'Interest / Interés English' })).toBeDisabled();
  await expect(ana.page.getByLabel('Open opportunities one rep can handle')).toBeDisabled();
  await expect(ana.page.locator('#set-language')).toBeEnabled();
  await expect(ana.page.getByRole('button', { name: 'Save for the team' })).toHaveCount(0);

  // The admin makes Lia a rep; her browser still thinks she leads until its next run.
  await setupTeam(
    adminClient(team.server().adminUrl),
    { database: DATABASE, members: [{ ...LIA, role: 'rep' }, ANA, BO] },
    () => {},
  );
  await lia.page.getByLabel('Open opportunities one rep can handle').fill('99');
  await lia.page.getByRole('button', { name: 'Save for the team' }).click();
  // The screen says so where she saved, and her browser is back under the team's version.
  await expect(lia.page.locator('#team-process-problem')).toHaveText(
    /The server refused your change to the team's process/,
    { timeout: 30_000 },
  );
  await expect(lia.page.getByLabel('Open opportunities one rep can handle')).not.toHaveValue('99');
  const onServer = await adminClient(team.server().adminUrl).request('GET', `/${DATABASE}/process`);
  expect(onServer.data).toMatchObject({ owner: 'lia', settings: { stallDays: { interest: 3 } } });
  expect((onServer.data.settings as { capacity: number }).capacity).not.toBe(99);
  // Opened again, it is the team's process, read-only: she is no longer offered to change it.
  await openSettings(lia.page);
  await expect(lia.page.getByLabel('Open opportunities one rep can handle')).toBeDisabled();
  await expect(lia.page.getByRole('button', { name: 'Save for the team' })).toHaveCount(0);
});
