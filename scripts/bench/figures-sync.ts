import type { Page } from '@playwright/test';
import { startTeamServer, type TeamServer } from '../../test/support/team-server';
import { adminClient } from '../team/admin-client';
import { setupTeam } from '../team/setup';
import { call } from './page-call';
import type { Team } from './page-sync';
import { type FigureResult, resultOf, runFigure } from './runner';

const FIRST_SYNC_LEADS = 10_000;
const INCOMING = 1_000;
const REP = { name: 'ana', password: 'ana-bench-password', role: 'rep' as const };

let databases = 0;
/** A fresh team database on the test server, with the one rep the figures sign in as. */
async function freshTeam(server: TeamServer): Promise<Team> {
  const database = `embudo-bench-${databases++}`;
  await setupTeam(adminClient(server.adminUrl), { database, members: [REP] }, () => {});
  return { server: server.url, database, name: REP.name, password: REP.password };
}

/** Lead documents the server holds, counted from the ids alone. */
async function leadsOnServer(server: TeamServer, database: string): Promise<number> {
  const res = await adminClient(server.adminUrl).request(
    'GET',
    `/${database}/_all_docs?startkey=${encodeURIComponent('"lead:"')}&endkey=${encodeURIComponent('"lead:\ufff0"')}`,
  );
  return (res.data.rows as unknown[]).length;
}

/**
 * Team sync against the loopback test server (express-pouchdb in memory, in
 * this process), with the extension's own replicator and store in the page:
 * the first sync of a 10k-lead pipeline, 1k incoming edits applied, and a
 * lead saved in the extension reaching the server through the background's
 * own scheduling. Absolute targets from the issue: the server is part of
 * what is timed, so no in-browser floor stands for it.
 */
export async function syncFigures(
  setup: Page,
  opts: { runs: number; want: (id: string) => boolean },
): Promise<FigureResult[]> {
  const server = await startTeamServer();
  const figures: FigureResult[] = [];
  try {
    if (opts.want('sync-first-10k')) figures.push(await firstSync(setup, server, opts.runs));
    if (opts.want('sync-incoming-1k')) figures.push(await incoming(setup, server, opts.runs));
    if (opts.want('sync-change-online')) figures.push(await changeOnline(setup, server, opts.runs));
  } finally {
    await server.stop();
  }
  return figures;
}

async function firstSync(setup: Page, server: TeamServer, runs: number): Promise<FigureResult> {
  const firstRuns: number[] = [];
  let note = '';
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const team = await freshTeam(server);
    const r = await call<{ ms: number; pushed: number; reports: number }>(
      setup,
      'syncFirst',
      team,
      FIRST_SYNC_LEADS,
    );
    const held = await leadsOnServer(server, team.database);
    if (held !== FIRST_SYNC_LEADS)
      throw new Error(`first sync: the server holds ${held} of ${FIRST_SYNC_LEADS} leads`);
    firstRuns.push(r.ms);
    note = `${r.reports} progress reports per run`;
  }
  const first = resultOf(
    {
      id: 'sync-first-10k',
      label: `first sync, ${FIRST_SYNC_LEADS / 1000}k leads`,
      group: 'sync',
      target: { max: 15_000 },
    },
    firstRuns,
    undefined,
    note,
  );
  console.log(`  ${first.label}: ${first.value.median.toFixed(0)} ms (${note})`);
  return first;
}

async function incoming(setup: Page, server: TeamServer, runs: number): Promise<FigureResult> {
  await call(setup, 'prepareIncoming', await freshTeam(server), INCOMING);
  let round = 0;
  return runFigure(
    {
      id: 'sync-incoming-1k',
      label: `${INCOMING / 1000}k incoming changes pulled and applied`,
      group: 'sync',
      target: { max: 2_000 },
      measure: async () => {
        const pushed = await call<number>(setup, 'pushEdits', ++round);
        const r = await call<{ ms: number; pulled: number }>(setup, 'pullEdits');
        if (pushed < INCOMING || r.pulled < INCOMING)
          throw new Error(`incoming: pushed ${pushed}, pulled ${r.pulled}`);
        return r.ms;
      },
    },
    runs,
  );
}

/**
 * A lead saved in the extension (its own database, connected in the
 * background as Settings does) until the server holds it: the write, the
 * background's debounce, the run. Polled from here every 10 ms.
 */
async function changeOnline(setup: Page, server: TeamServer, runs: number): Promise<FigureResult> {
  const team = await freshTeam(server);
  await call(setup, 'seed', 0);
  const send = (m: unknown) =>
    setup.evaluate(
      (msg) =>
        (
          globalThis as never as {
            chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } };
          }
        ).chrome.runtime.sendMessage(msg),
      m,
    );
  const connected = await send({ type: 'sync-connect', ...team });
  if (!connected.ok) throw new Error(`change online: could not connect (${JSON.stringify(connected)})`);
  await send({ type: 'sync-now' });
  let n = 0;
  return runFigure(
    {
      id: 'sync-change-online',
      label: 'a saved lead on the server, online',
      group: 'sync',
      target: { max: 2_000 },
      measure: async () => {
        const want = ++n;
        const t0 = performance.now();
        const saved = await send({
          type: 'save-candidate',
          candidate: {
            kind: 'person',
            name: `Bench ${want}`,
            email: `bench${want}@example.com`,
            source: 'web',
            provenance: {
              pageUrl: 'https://www.example.com/',
              capturedAt: Date.now(),
              extractor: { id: 'web-contact', version: 1 },
              confidence: {},
            },
          },
        });
        if (!saved.ok) throw new Error('change online: the lead was not saved');
        while ((await leadsOnServer(server, team.database)) < want)
          await new Promise((r) => setTimeout(r, 10));
        return performance.now() - t0;
      },
    },
    runs,
  );
}
