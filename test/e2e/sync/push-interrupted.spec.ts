import { expect, test } from '@playwright/test';
import type { TeamServer } from '../../support/team-server';
import { storedLeads } from '../support/extension';
import { makeLead, seed } from '../support/seed';
import { ANA, connectRep, serverDocs, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-interrupted';
const LEADS = 1500; // several push batches of 200

const team = useTeam(DATABASE, [ANA]);

/** Lead documents on the server, counted without reading them. */
async function leadCount(s: TeamServer): Promise<number> {
  const res = await fetch(`${s.url}/${DATABASE}/_all_docs?startkey="lead:"&endkey="lead:\ufff0"`, {
    headers: { authorization: `Basic ${btoa(`${s.admin.name}:${s.admin.password}`)}` },
  });
  return ((await res.json()) as { rows: unknown[] }).rows.length;
}

test('the server stops in the middle of a push; after it is back, each lead is there exactly once', async () => {
  test.setTimeout(300_000);
  const rep = await team.launch();
  await seed(rep.page, {
    leads: Array.from({ length: LEADS }, (_, i) =>
      makeLead({ id: `l${i}`, name: `Lead ${i}`, email: `lead${i}@example.com` }),
    ),
  });
  // Connecting starts the first run in the background; stop the server once part of the pipeline is there.
  expect(await connectRep(rep.page, team.server(), DATABASE, ANA)).toMatchObject({ ok: true });
  let there = 0;
  await expect
    .poll(async () => (there = await leadCount(team.server())), { timeout: 120_000, intervals: [20] })
    .toBeGreaterThan(0);
  await team.server().stop();
  expect(there).toBeLessThan(LEADS); // really cut in the middle
  const cut = await syncNow(rep.page);
  expect(cut.state?.error?.kind).toBe('offline');

  await team.server().restart();
  expect(await syncNow(rep.page)).toMatchObject({ state: { failures: 0 } });
  const docs = await serverDocs(team.server(), DATABASE);
  expect(docs).toHaveLength(LEADS);
  expect(new Set(docs.map((d) => d.lead?.name)).size).toBe(LEADS);
  expect(docs.filter((d) => d._conflicts?.length || d._rev.split('-')[0] !== '1')).toEqual([]);
  expect(await storedLeads(rep.page)).toHaveLength(LEADS);
});
