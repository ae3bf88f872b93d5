import { expect, test } from '@playwright/test';
import type { TeamServer } from '../../support/team-server';
import { storedRows } from '../support/seed';
import {
  badgeText,
  candidate,
  connectRep,
  launchRep,
  putRow,
  type Rep,
  send,
  serverDocs,
  startTeam,
  syncNow,
} from './team-browsers';

const DATABASE = 'embudo-refused';
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

type TeamRow = { id: string; doc: { lead: { company?: string } }; syncDirty?: number };

test("a write to another rep's lead is refused by the server, and the rep is told", async () => {
  test.setTimeout(180_000);
  const [ana, bo] = [await launchRep(), await launchRep()];
  reps.push(ana, bo);
  await connectRep(ana.page, server, DATABASE, ANA);
  await connectRep(bo.page, server, DATABASE, BO);
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

  const docs = await serverDocs(server, DATABASE);
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
