import { expect, test } from '@playwright/test';
import type { TeamServer } from '../../support/team-server';
import { storedLeads } from '../support/extension';
import { makeLead, seed } from '../support/seed';
import { connectRep, launchRep, type Rep, serverDocs, startTeam, syncNow } from './team-browsers';

const DATABASE = 'embudo-interrupted';
const ANA = { name: 'ana', password: 'ana-password', role: 'rep' as const };
const LEADS = 1500; // several push batches of 200

let server: TeamServer;
const reps: Rep[] = [];
test.beforeAll(async () => {
  server = await startTeam(DATABASE, [ANA]);
});
test.afterAll(async () => {
  for (const r of reps) await r.context.close();
  await server?.stop();
});

/** Lead documents on the server, counted without reading them. */
async function leadCount(s: TeamServer): Promise<number> {
  const res = await fetch(`${s.url}/${DATABASE}/_all_docs?startkey="lead:"&endkey="lead:\ufff0"`, {
    headers: { authorization: `Basic ${btoa(`${s.admin.name}:${s.admin.password}`)}` },
  });
  return ((await res.json()) as { rows: unknown[] }).rows.length;
}

test('the server stops in the middle of a push; after it is back, each lead is there exactly once', async () => {
  test.setTimeout(300_000);
  const rep = await launchRep();
  reps.push(rep);
  await seed(rep.page, {
    leads: Array.from({ length: LEADS }, (_, i) =>
      makeLead({ id: `l${i}`, name: `Lead ${i}`, email: `lead${i}@example.com` }),
    ),
  });
  // Connecting starts the first run in the background; stop the server once part of the pipeline is there.
  expect(await connectRep(rep.page, server, DATABASE, ANA)).toMatchObject({ ok: true });
  let there = 0;
  await expect
    .poll(async () => (there = await leadCount(server)), { timeout: 120_000, intervals: [20] })
    .toBeGreaterThan(0);
  await server.stop();
  expect(there).toBeLessThan(LEADS); // really cut in the middle
  const cut = await syncNow(rep.page);
  expect(cut.state?.error?.kind).toBe('offline');

  await server.restart();
  expect(await syncNow(rep.page)).toMatchObject({ state: { failures: 0 } });
  const docs = await serverDocs(server, DATABASE);
  expect(docs).toHaveLength(LEADS);
  expect(new Set(docs.map((d) => d.lead?.name)).size).toBe(LEADS);
  expect(docs.filter((d) => d._conflicts?.length || d._rev.split('-')[0] !== '1')).toEqual([]);
  expect(await storedLeads(rep.page)).toHaveLength(LEADS);
});
