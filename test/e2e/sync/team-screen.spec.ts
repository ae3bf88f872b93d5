import type { Page } from '@playwright/test';
import { adminClient } from '../../../scripts/team/admin-client';
import { setupTeam } from '../../../scripts/team/setup';
import type { LeadDoc } from '../../../shared/sync/team-docs';
import { startTeamServer, type TeamServer } from '../../support/team-server';
import { expect, test } from '../support/extension';
import { deal, HOUR, nodeRep } from './node-rep';
import { connectRep, syncNow } from './team-browsers';

const DATABASE = 'embudo-team-view';
const LIA = { name: 'lia', password: 'lia-password', role: 'lead' as const };
const MEMBERS = [
  { name: 'ana', password: 'ana-password', role: 'rep' as const },
  { name: 'bo', password: 'bo-password', role: 'rep' as const },
  LIA,
];

let server: TeamServer;
test.beforeAll(async () => {
  server = await startTeamServer();
  await setupTeam(adminClient(server.adminUrl), { database: DATABASE, members: MEMBERS }, () => {});
});
test.afterAll(() => server?.stop());
test.describe.configure({ timeout: 180_000 });

const repBrowser = (name: string) => nodeRep(server, DATABASE, name);

/** The row of one rep in the Team screen's table, as cell texts by column heading. */
async function repRow(page: Page, rep: string): Promise<Record<string, string>> {
  return page.locator('#team-reps').evaluate((table, name) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const row = table.querySelector(`tr[data-rep="${name}"]`);
    const cells = row ? [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '') : [];
    return Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? '']));
  }, rep);
}

test('the lead’s Team screen follows a rep’s moves and wins without a reload', async ({
  openExtensionPage,
}) => {
  const now = Date.now();
  const ana = await repBrowser('ana');
  const bo = await repBrowser('bo');
  const a1 = deal('ana-1', 'ana', 'interest', now - 20 * 24 * HOUR);
  const a2 = deal('ana-2', 'ana', 'decision', now - 30 * 24 * HOUR);
  await ana.store.edit(a1);
  await ana.store.edit(a2);
  await bo.store.edit(deal('bo-1', 'bo', 'interest', now - 10 * 24 * HOUR));
  await ana.sync();
  await bo.sync();

  // The lead connects in Settings → Team sync, as any member does.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.screen-nav [data-screen="team"]')).toHaveCount(0);
  await popup.locator('.screen-nav [data-screen="settings"]').click();
  const team = popup.locator('section.team');
  await team.locator('#team-server').fill(server.url);
  await team.locator('#team-database').fill(DATABASE);
  await team.locator('#team-name').fill('lia');
  await team.locator('#team-password').fill('lia-password');
  await team.locator('#team-connect').click();
  await expect(team.locator('#team-status')).toContainText(/synced/i, { timeout: 30_000 });

  // A member gets the Team screen; it opens in a tab of its own.
  await popup.reload();
  await expect(popup.locator('.screen-nav [data-screen="team"]')).toHaveText('Team');
  const page = await openExtensionPage('popup.html?view=full&screen=team');
  await expect(page.locator('#team-reps tr[data-rep]')).toHaveCount(2);
  await expect(page.locator('#team-age')).toContainText(/synced/i);
  const before = await repRow(page, 'ana');
  expect(before).toMatchObject({ Rep: 'ana', Leads: '2', 'Open opportunities': '1' });
  expect(before['Since the last team review']).toContain('0 won');
  expect(before['Skipped stages']).toBe('1');
  expect(await repRow(page, 'bo')).toMatchObject({ Leads: '1', 'Open opportunities': '0' });

  // Rep A moves one deal on and wins the other, and syncs; the lead's tab is never reloaded.
  const later = Date.now();
  const moved: LeadDoc = {
    ...a1,
    lead: { ...a1.lead, stage: 'consideration', updatedAt: later, stageChangedAt: later },
    events: [
      ...a1.events,
      {
        leadId: 'ana-1',
        fromStage: 'interest',
        toStage: 'consideration',
        fromStatus: 'open',
        toStatus: 'open',
        at: later,
      },
    ],
    clock: { ...a1.clock, stage: later },
  };
  const won: LeadDoc = {
    ...a2,
    lead: { ...a2.lead, stage: 'purchase', status: 'won', updatedAt: later, stageChangedAt: later },
    events: [
      ...a2.events,
      {
        leadId: 'ana-2',
        fromStage: 'decision',
        toStage: 'purchase',
        fromStatus: 'open',
        toStatus: 'won',
        at: later,
      },
    ],
    clock: { ...a2.clock, stage: later, status: later },
  };
  await ana.store.edit(moved);
  await ana.store.edit(won);
  await ana.sync();

  const row = () => repRow(page, 'ana');
  await expect
    .poll(async () => (await row())['Since the last team review'], { timeout: 90_000 })
    .toContain('1 won');
  const after = await row();
  expect(after['Since the last team review']).toContain('1 moved');
  // Still one open opportunity: the won deal left, the moved one (now in Consideration) counts.
  expect(after['Open opportunities']).toBe('1');
  expect(after['Win percentage']).toBe('100%');
  await expect(page.locator('#team-age')).toContainText(/synced/i);
  // Why deals are won and lost, over the whole team, with the same tables as a rep's Metrics.
  await expect(page.locator('section.why-buy[data-metric="lost-by-stage"]')).toBeVisible();
  await expect(page.locator('section.why-buy[data-metric="pain-points"]')).toBeVisible();
  // lia has the lead role on the server, so the screen offers recording the team review.
  await expect(page.locator('details.team-record summary')).toBeVisible();
});

declare const chrome: { alarms: { clear: (name: string) => Promise<boolean> } };

test('the open Team screen follows the changes feed: a rep’s move shows with the periodic ask turned off', async ({
  openExtensionPage,
}) => {
  const now = Date.now();
  const bo = await repBrowser('bo');
  const b2 = deal('bo-2', 'bo', 'interest', now - 5 * 24 * HOUR);
  await bo.store.edit(b2);
  await bo.sync();

  const popup = await openExtensionPage('popup.html');
  // The test build's hook: the Team screen never asks for a run by itself.
  await popup.evaluate(() => localStorage.setItem('embudo-test:team-ask', 'off'));
  expect(await connectRep(popup, server, DATABASE, LIA)).toMatchObject({ ok: true });
  expect(await syncNow(popup)).toMatchObject({ state: { failures: 0 } });
  const page = await openExtensionPage('popup.html?view=full&screen=team');
  await expect(page.locator('#team-reps tr[data-rep="bo"]')).toBeVisible();
  const opportunities = async () => Number((await repRow(page, 'bo'))['Open opportunities']);
  const before = await opportunities();
  // Nor does the background's own schedule run again while the test looks (every minute otherwise).
  await popup.evaluate(() => chrome.alarms.clear('embudo-sync'));

  const later = Date.now();
  await bo.store.edit({
    ...b2,
    lead: { ...b2.lead, stage: 'consideration', updatedAt: later, stageChangedAt: later },
    events: [
      ...b2.events,
      {
        leadId: 'bo-2',
        fromStage: 'interest',
        toStage: 'consideration',
        fromStatus: 'open',
        toStatus: 'open',
        at: later,
      },
    ],
    clock: { ...b2.clock, stage: later },
  });
  await bo.sync();
  // Well under the background's one-minute alarm: only the feed can have brought it.
  // Into Consideration: one more open opportunity.
  await expect.poll(opportunities, { timeout: 40_000 }).toBe(before + 1);
});
