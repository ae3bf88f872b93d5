import { expect, type Page, test } from '@playwright/test';
import { storedLeads } from '../support/extension';
import { whenReady } from '../support/seed';
import { ANA, candidate, connectRep, send, serverDocs, syncNow, useTeam } from './team-browsers';

const DATABASE = 'embudo-two-profiles';

const team = useTeam(DATABASE, [ANA]);

/** Edits the company and moves the lead one stage on, in the lead's own screen. */
async function editOffline(page: Page, company: string): Promise<void> {
  await page.reload();
  await whenReady(page);
  await page.locator('.lead-row', { hasText: 'Ada Vela' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Company', { exact: true }).fill(company);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ada Vela' })).toBeVisible();
  await page.getByRole('button', { name: 'Move to Interest →' }).click();
  await expect(page.locator('.lead-where strong')).toHaveText('Interest');
}

type Change = { field: string; previous?: unknown; by: string };

test('one rep in two browsers edits the same lead while the server is down: one merged lead, nothing lost', async () => {
  test.setTimeout(240_000);
  const [laptop, desktop] = [await team.launch(), await team.launch()];
  await connectRep(laptop.page, team.server(), DATABASE, ANA);
  await send(laptop.page, { type: 'save-candidate', candidate: candidate('Ada Vela', 'ada@example.com') });
  expect(await syncNow(laptop.page)).toMatchObject({ state: { failures: 0 } });
  await connectRep(desktop.page, team.server(), DATABASE, ANA);
  expect(await syncNow(desktop.page)).toMatchObject({ state: { failures: 0 } });
  expect((await storedLeads(desktop.page)).map((l) => l.name)).toEqual(['Ada Vela']);

  await team.server().stop();
  await editOffline(laptop.page, 'Acme');
  await editOffline(desktop.page, 'Beta'); // later: its company wins
  expect((await syncNow(laptop.page)).state?.error?.kind).toBe('offline');

  await team.server().restart();
  for (const rep of [laptop, desktop, laptop])
    expect(await syncNow(rep.page)).toMatchObject({ state: { failures: 0 } });

  const [a] = await storedLeads(laptop.page);
  const [b] = await storedLeads(desktop.page);
  const content = (l: typeof a) => {
    const { sync: _s, syncDirty: _d, ...rest } = l as Record<string, unknown>;
    return rest;
  };
  expect(content(a as never)).toEqual(content(b as never));
  expect(a).toMatchObject({ company: 'Beta', stage: 'interest' });
  // The other value stays in the lead's changes; both moves are in the history.
  expect(((a?.changes ?? []) as Change[]).some((c) => c.field === 'company' && c.previous === 'Acme')).toBe(
    true,
  );
  const moves = ((a?.events ?? []) as { toStage: string }[]).filter((e) => e.toStage === 'interest');
  expect(moves).toHaveLength(2);

  const docs = await serverDocs(team.server(), DATABASE);
  expect(docs).toHaveLength(1);
  expect(docs[0]?._conflicts ?? []).toEqual([]);
  expect(docs[0]?.lead).toMatchObject({ company: 'Beta', stage: 'interest' });
});
