import { type BrowserContext, type Page, test, type Worker } from '@playwright/test';
import { adminClient } from '../../../scripts/team/admin-client';
import { setupTeam } from '../../../scripts/team/setup';
import { startTeamServer, type TeamServer } from '../../support/team-server';
import { launchWithExtension } from '../support/extension';
import { whenReady } from '../support/seed';

/**
 * What the multi-browser sync specs share: a team server with its members, and
 * browsers (each its own profile, like two machines) running the test build.
 * Sync is triggered with the `sync-now` message (what Settings' "Sync now"
 * sends) instead of waiting for the background's alarm.
 */
export type Member = { name: string; password: string; role: 'rep' | 'lead' };
type SyncAnswer = {
  ok: boolean;
  kind?: string;
  state?: { failures: number; error?: { kind: string; detail: string } } | null;
};
declare const chrome: {
  runtime: { sendMessage: (m: unknown) => Promise<SyncAnswer> };
  action: { getBadgeText: (d: object) => Promise<string> };
};

export const ANA: Member = { name: 'ana', password: 'ana-password', role: 'rep' };
export const BO: Member = { name: 'bo', password: 'bo-password', role: 'rep' };

/**
 * A spec's team: a server set up with `members` before its tests, and every
 * browser `launch` opened closed after them, with the server.
 */
export function useTeam(database: string, members: Member[]) {
  let server: TeamServer | undefined;
  const opened: Rep[] = [];
  test.beforeAll(async () => {
    server = await startTeamServer();
    await setupTeam(adminClient(server.adminUrl), { database, members }, () => {});
  });
  test.afterAll(async () => {
    for (const r of opened) await r.context.close();
    await server?.stop();
  });
  return {
    server: () => server as TeamServer,
    async launch(): Promise<Rep> {
      const rep = await launchRep();
      opened.push(rep);
      return rep;
    },
  };
}

export interface Rep {
  context: BrowserContext;
  worker: Worker;
  /** The popup, open in a tab. */
  page: Page;
}

/** A fresh browser profile with the test build, its popup open and ready. */
export async function launchRep(): Promise<Rep> {
  const context = await launchWithExtension();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await whenReady(page);
  return { context, worker, page };
}

export const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message);

/** Connects a browser as a member (what Settings → Team's form sends once the origin is granted). */
export async function connectRep(
  page: Page,
  server: TeamServer,
  database: string,
  member: Member,
): Promise<SyncAnswer> {
  return send(page, {
    type: 'sync-connect',
    server: server.url,
    database,
    name: member.name,
    password: member.password,
  });
}

export const syncNow = (page: Page) => send(page, { type: 'sync-now' });

export const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

/** A lead captured from a web page, as the capture review saves it. */
export function candidate(name: string, email: string) {
  return {
    kind: 'person',
    name,
    email,
    source: 'web',
    provenance: {
      pageUrl: 'https://www.example.com/team',
      capturedAt: Date.now(),
      extractor: { id: 'web-contact', version: 1 },
      confidence: { name: 1 },
    },
  };
}

export interface ServerDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  owner: string;
  type: string;
  lead?: Record<string, unknown> & { name: string };
  events?: unknown[];
}

/** Every live document of one type on the server, with its conflicts, read as the admin. */
export async function serverDocs(server: TeamServer, database: string, type = 'lead'): Promise<ServerDoc[]> {
  const all = await adminClient(server.adminUrl).request(
    'GET',
    `/${database}/_all_docs?include_docs=true&conflicts=true`,
  );
  return (all.data.rows as { doc: ServerDoc }[]).map((r) => r.doc).filter((d) => d.type === type);
}

/** Writes one row into a store of the extension's database, bypassing the app (a crafted record). */
export function putRow(page: Page, store: string, row: unknown): Promise<void> {
  return page.evaluate(
    ({ store, row }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('embudo');
        // Never create the database here (an empty one would block the app's own open).
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, row },
  );
}
