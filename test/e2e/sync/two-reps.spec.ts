import { expect, test } from '@playwright/test';
import type { TeamServer } from '../../support/team-server';
import { storedLeads } from '../support/extension';
import {
  candidate,
  connectRep,
  launchRep,
  type Rep,
  send,
  serverDocs,
  startTeam,
  syncNow,
} from './team-browsers';

const DATABASE = 'embudo-two-reps';
const ANA = { name: 'ana', password: 'ana-password', role: 'rep' as const };
const BO = { name: 'bo', password: 'bo-password', role: 'rep' as const };

let server: TeamServer;
const reps: Rep[] = [];
test.beforeAll(async () => {
  server = await startTeam(DATABASE, [ANA, BO]);
});
test.afterAll(async () => {
  for (const r of reps) await r.context.close();
  await server?.stop();
});

test('two reps in two browsers share one team database; each pipeline holds only its own leads', async () => {
  test.setTimeout(180_000);
  const [ana, bo] = [await launchRep(), await launchRep()];
  reps.push(ana, bo);
  expect(await connectRep(ana.page, server, DATABASE, ANA)).toMatchObject({ ok: true });
  expect(await connectRep(bo.page, server, DATABASE, BO)).toMatchObject({ ok: true });
  await send(ana.page, { type: 'save-candidate', candidate: candidate('Ada Vela', 'ada@example.com') });
  await send(bo.page, { type: 'save-candidate', candidate: candidate('Bea Roca', 'bea@example.com') });
  for (const rep of [ana, bo, ana]) expect(await syncNow(rep.page)).toMatchObject({ state: { failures: 0 } });

  const docs = await serverDocs(server, DATABASE);
  expect(docs.map((d) => [d.owner, d.lead?.name]).sort()).toEqual([
    ['ana', 'Ada Vela'],
    ['bo', 'Bea Roca'],
  ]);
  expect(docs.filter((d) => d._conflicts?.length)).toEqual([]);

  // Each pipeline is the rep's own, though each browser now holds the other's lead too.
  expect((await storedLeads(ana.page)).map((l) => l.name)).toEqual(['Ada Vela']);
  expect((await storedLeads(bo.page)).map((l) => l.name)).toEqual(['Bea Roca']);
  for (const [rep, own, other] of [
    [ana, 'Ada Vela', 'Bea Roca'],
    [bo, 'Bea Roca', 'Ada Vela'],
  ] as const) {
    await rep.page.reload();
    await expect(rep.page.locator('.lead-row', { hasText: own })).toHaveCount(1);
    await expect(rep.page.locator('.lead-row', { hasText: other })).toHaveCount(0);
  }
});
