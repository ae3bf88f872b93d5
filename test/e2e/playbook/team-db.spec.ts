import { adminClient } from '../../../scripts/team/admin-client';
import { publishPlaybook } from '../../../scripts/team/publish-playbook';
import { setupTeam } from '../../../scripts/team/setup';
import { couchClient } from '../../../shared/sync/couch-client';
import { syncOnce } from '../../../shared/sync/replicate';
import type { LeadDoc } from '../../../shared/sync/team-docs';
import { cookieFetch } from '../../support/cookie-fetch';
import { MemoryStore } from '../../support/memory-store';
import { startTeamServer, type TeamServer } from '../../support/team-server';
import { expect, LAUNCH, test } from './playbook-fixture';

const DATABASE = 'embudo-playbook-e2e';
let server: TeamServer;
test.use({ launchOptions: LAUNCH, locale: 'en-US' });
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  server = await startTeamServer();
  const members = [
    { name: 'ana', password: 'ana-password', role: 'rep' as const },
    { name: 'lia', password: 'lia-password', role: 'lead' as const },
  ];
  await setupTeam(adminClient(server.adminUrl), { database: DATABASE, members }, () => {});
  // Ana's browser pushes two leads, one of them an open opportunity.
  const jar = cookieFetch();
  const client = couchClient({ server: server.url, database: DATABASE, fetch: jar.fetch });
  await client.signIn('ana', 'ana-password');
  const store = new MemoryStore();
  const now = Date.now();
  for (const [id, stage] of [
    ['a1', 'awareness'],
    ['a2', 'consideration'],
  ] as const) {
    const doc: LeadDoc = {
      _id: `lead:${id}`,
      type: 'lead',
      owner: 'ana',
      lead: {
        id,
        kind: 'person',
        name: `Lead ${id}`,
        source: 'referral',
        stage,
        status: 'open',
        currency: 'EUR',
        createdAt: now - 86_400_000,
        updatedAt: now - 86_400_000,
        stageChangedAt: now - 86_400_000,
      },
      events: [
        {
          leadId: id,
          fromStage: null,
          toStage: stage,
          fromStatus: null,
          toStatus: 'open',
          at: now - 86_400_000,
        },
      ],
      clock: {},
    };
    store.edit(doc);
  }
  await syncOnce({ client, store, replicaId: 'ana-1' });
  await publishPlaybook(adminClient(server.adminUrl), DATABASE, () => {});
});
test.afterAll(() => server?.stop());

test('the playbook published on the team server reads the team database from its own origin', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== server.url) outside.push(r.url());
  });
  // A member signed in at the server (as in Fauxton) may open the team's playbook.
  await page.request.post(`${server.url}/_session`, { data: { name: 'lia', password: 'lia-password' } });
  await page.goto(`${server.url}/${DATABASE}/_design/embudo-playbook/en.html#team-review`);
  await expect(page.locator('#team-db-server')).toHaveValue(server.url);
  await expect(page.locator('#team-db-name')).toHaveValue(DATABASE);
  await page.locator('#team-db-user').fill('lia');
  await page.locator('#team-db-password').fill('lia-password');
  await page.getByRole('button', { name: 'Read the team database' }).click();
  await expect(page.locator('#team-status')).toContainText(`Team database ${DATABASE}: 1 rep, 2 leads`);
  await expect(page.locator('#team-db-password')).toHaveValue('');
  const reps = page.getByRole('table', { name: 'Rep by rep' });
  await expect(reps).toContainText('ana');
  await expect(reps).toContainText('Whole team');
  await expect(page.locator('[data-figure="open-opportunities"] .value')).toHaveText('1');
  // The charts' tables name sources in the reader's language, not by their ids.
  await page.locator('#team-results figure.chart summary').first().click();
  await expect(page.locator('#team-results figure.chart table').first()).toContainText('Referral');
  expect(outside).toEqual([]);
});

test("the published playbook shows the team's live process: a lead's later edit, without publishing again", async ({
  page,
}) => {
  // Published above under the built-in process; the lead saves the team's afterwards.
  await page.request.post(`${server.url}/_session`, { data: { name: 'lia', password: 'lia-password' } });
  const saved = await adminClient(server.adminUrl).request('PUT', `/${DATABASE}/process`, {
    type: 'process',
    owner: 'lia',
    updatedAt: Date.now(),
    settings: {
      stageNames: { en: { consideration: 'Shortlisted <i>x</i>' } },
      stallDays: { consideration: 9 },
    },
  });
  expect(saved.status).toBe(201);
  await page.goto(`${server.url}/${DATABASE}/_design/embudo-playbook/en.html`);
  await expect(page.locator('html')).toHaveAttribute('data-process', 'team');
  await expect(page.locator('#team-process-notice')).toContainText('Set by your team (lia,');
  await expect(page.locator('#stage-consideration-title')).toContainText('Shortlisted <i>x</i>');
  await expect(page.locator('#stage-consideration .facts dd').first()).toHaveText('9 days');
  // When the document cannot be read (the session ended meanwhile), the page keeps the process it was published with.
  await page.route(`${server.url}/${DATABASE}/process`, (r) => r.fulfill({ status: 401, body: '{}' }));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-process', 'built-in');
  await expect(page.locator('#stage-consideration-title')).toContainText('Consideration');
  await expect(page.locator('#team-process-notice')).toHaveCount(0);
});
