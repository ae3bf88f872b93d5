import { expect, test } from '@playwright/test';
import { storedLeads } from '../support/extension';
import { ANA, BO, candidate, connectRep, send, serverDocs, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-two-reps';

const team = useTeam(DATABASE, [ANA, BO]);

test('two reps in two browsers share one team database; each pipeline holds only its own leads', async () => {
  test.setTimeout(180_000);
  const [ana, bo] = [await team.launch(), await team.launch()];
  expect(await connectRep(ana.page, team.server(), DATABASE, ANA)).toMatchObject({ ok: true });
  expect(await connectRep(bo.page, team.server(), DATABASE, BO)).toMatchObject({ ok: true });
  await send(ana.page, { type: 'save-candidate', candidate: candidate('Ada Vela', 'ada@example.com') });
  await send(bo.page, { type: 'save-candidate', candidate: candidate('Bea Roca', 'bea@example.com') });
  for (const rep of [ana, bo, ana]) expect(await syncNow(rep.page)).toMatchObject({ state: { failures: 0 } });

  const docs = await serverDocs(team.server(), DATABASE);
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
