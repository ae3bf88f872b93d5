import type { Page, Request } from '@playwright/test';
import { adminClient } from '../../../scripts/team/admin-client';
import { setupTeam } from '../../../scripts/team/setup';
import { startTeamServer, type TeamServer } from '../../support/team-server';
import { expect, test } from '../support/extension';
import { storedRows } from '../support/seed';
import { candidate } from './team-browsers';

type Answer = { ok: boolean; kind?: string; state?: { error?: { kind: string } } | null };
declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<Answer> } };

const DATABASE = 'embudo-e2e';
const MEMBERS = [
  { name: 'ana', password: 'ana-password', role: 'rep' as const },
  { name: 'bo', password: 'bo-password', role: 'rep' as const },
];

let server: TeamServer;
test.beforeAll(async () => {
  server = await startTeamServer();
  await setupTeam(adminClient(server.adminUrl), { database: DATABASE, members: MEMBERS }, () => {});
});
test.afterAll(() => server?.stop());

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

test.describe.configure({ timeout: 120_000 });

test('a rep connects in Settings → Team, syncs, and only the team server is ever asked', async ({
  context,
  openExtensionPage,
}) => {
  const outside: string[] = [];
  const record = (r: Request) => {
    if (!/^https?:/i.test(r.url())) return;
    if (new URL(r.url()).origin !== server.url) outside.push(r.url());
  };
  context.on('request', record);
  const page = await openExtensionPage('popup.html');
  await page.locator('.screen-nav [data-screen="settings"]').click();
  const team = page.locator('section.team');
  await team.locator('#team-server').fill(server.url);
  await team.locator('#team-database').fill(DATABASE);
  await team.locator('#team-name').fill('ana');
  await team.locator('#team-password').fill('wrong-password');
  await team.locator('#team-connect').click();
  await expect(team.locator('#team-problem')).toHaveText(/signed out|sesión cerrada/i);

  await team.locator('#team-password').fill('ana-password');
  await team.locator('#team-connect').click();
  await expect(team.locator('#team-connected')).toContainText('ana');
  await expect(team.locator('#team-status')).toContainText(/synced|sincronizado/i, { timeout: 30_000 });

  expect(
    await send(page, { type: 'save-candidate', candidate: candidate('Ada', 'ada@example.com') }),
  ).toMatchObject({
    ok: true,
  });
  expect(await send(page, { type: 'sync-now' })).toMatchObject({ ok: true, state: { failures: 0 } });
  const all = await adminClient(server.adminUrl).request('GET', `/${DATABASE}/_all_docs?include_docs=true`);
  const leads = (all.data.rows as { id: string; doc: { owner: string; lead: { name: string } } }[]).filter(
    (r) => r.id.startsWith('lead:'),
  );
  expect(leads.map((r) => [r.doc.owner, r.doc.lead.name])).toEqual([['ana', 'Ada']]);
  // The password is nowhere in the extension's storage.
  expect(JSON.stringify(await storedRows(page, 'meta'))).not.toContain('ana-password');
  expect(outside).toEqual([]);

  await team.locator('#team-off').click();
  await expect(team.locator('#team-status')).toContainText(/sync is off|desactivada/i);
  expect(await storedRows(page, 'leads')).toHaveLength(1);
});
