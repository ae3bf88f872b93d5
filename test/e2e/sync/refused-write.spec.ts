import { expect, test } from '@playwright/test';
import { storedRows } from '../support/seed';
import {
  ANA,
  BO,
  badgeText,
  candidate,
  connectRep,
  putRow,
  send,
  serverDocs,
  syncNow,
  useTeam,
} from './team-browsers';

const DATABASE = 'embudo-refused';

const team = useTeam(DATABASE, [ANA, BO]);

type TeamRow = { id: string; doc: { lead: { company?: string } }; syncDirty?: number };

test("a write to another rep's lead is refused by the server, and the rep is told", async () => {
  test.setTimeout(180_000);
  const [ana, bo] = [await team.launch(), await team.launch()];
  await connectRep(ana.page, team.server(), DATABASE, ANA);
  await connectRep(bo.page, team.server(), DATABASE, BO);
  await send(bo.page, { type: 'save-candidate', candidate: candidate('Bea Roca', 'bea@example.com') });
  expect(await syncNow(bo.page)).toMatchObject({ state: { failures: 0 } });
  expect(await syncNow(ana.page)).toMatchObject({ state: { failures: 0 } });

  // Ana's browser holds Bo's lead (for the team view); a crafted edit marks it for the push.
  const rows = await storedRows<TeamRow>(ana.page, 'teamDocs');
  const bea = rows.find((r) => r.id.startsWith('lead:')) as TeamRow;
  await putRow(ana.page, 'teamDocs', {
    ...bea,
    doc: { ...bea.doc, lead: { ...bea.doc.lead, company: 'Taken over' } },
    syncDirty: 1,
  });
  // Her own new lead still goes through in the same run.
  await send(ana.page, { type: 'save-candidate', candidate: candidate('Ada Vela', 'ada@example.com') });
  const answer = await syncNow(ana.page);
  expect(answer.state?.error?.kind).toBe('forbidden');
  expect(answer.state?.error?.detail).toContain(bea.id);

  const docs = await serverDocs(team.server(), DATABASE);
  expect(docs.map((d) => [d.owner, d.lead?.name, d.lead?.company]).sort()).toEqual([
    ['ana', 'Ada Vela', undefined],
    ['bo', 'Bea Roca', undefined],
  ]);
  expect(await badgeText(ana.worker)).toBe('!');
  await ana.page.locator('.screen-nav [data-screen="settings"]').click();
  await expect(
    ana.page
      .locator('#team-status')
      .getByRole('paragraph')
      .filter({ hasText: /server refused/i }),
  ).toBeVisible();
  // The refused edit is kept in the browser, not thrown away.
  const after = await storedRows<TeamRow>(ana.page, 'teamDocs');
  expect(after.find((r) => r.id === bea.id)?.doc.lead.company).toBe('Taken over');
});
