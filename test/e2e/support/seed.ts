import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';

const DAY = 86_400_000;

// One clock reading for every lead a spec makes: read per call, two leads made one after
// the other got different `updatedAt` only when the machine was slow, and the "recent"
// sort (find.spec) then ordered them differently than on an idle machine.
const MADE_AT = Date.now();

/** A valid lead with sensible defaults; `over` sets anything else. */
export function makeLead(over: Partial<Lead> & Pick<Lead, 'id' | 'name'>, now = MADE_AT): Lead {
  return {
    kind: 'person',
    source: 'manual',
    stage: 'awareness',
    status: 'open',
    currency: 'EUR',
    createdAt: now - 10 * DAY,
    updatedAt: now - 2 * DAY,
    stageChangedAt: now - 2 * DAY,
    ...over,
  };
}

/** The creation event of a lead, plus one move per stage it went through to reach its stage. */
export function eventsFor(lead: Lead): StageEvent[] {
  return [
    {
      leadId: lead.id,
      fromStage: null,
      toStage: 'awareness',
      fromStatus: null,
      toStatus: 'open',
      at: lead.createdAt,
    },
    ...(lead.stage !== 'awareness' || lead.status !== 'open'
      ? [
          {
            leadId: lead.id,
            fromStage: 'awareness' as const,
            toStage: lead.stage,
            fromStatus: 'open' as const,
            toStatus: lead.status,
            at: lead.stageChangedAt,
            ...(lead.lostReason ? { lostReason: lead.lostReason } : {}),
          },
        ]
      : []),
  ];
}

/**
 * Waits until the app marked itself ready (pipeline and headline figures drawn)
 * and the database's rows replaced the copy the last open kept, if it drew one
 * (extension/popup/pipeline/first-screen-cache.ts).
 */
export async function whenReady(page: Page): Promise<Page> {
  await page.waitForFunction(() =>
    ['popup-ready', 'pipeline-read'].every((m) => performance.getEntriesByName(m).length > 0),
  );
  return page;
}

/**
 * Writes leads (each with its events, as schema v2 stores them) and meta rows
 * straight into the extension's IndexedDB from an extension page, then reloads
 * it. The page must have opened the database already (any popup page does), so
 * the schema exists. The stored pipeline summary is left alone: the app must
 * notice the outside write.
 */
export async function seed(
  page: Page,
  data: { leads: Lead[]; events?: StageEvent[]; meta?: { key: string; value: unknown }[] },
): Promise<void> {
  await whenReady(page);
  const events = data.events ?? data.leads.flatMap(eventsFor);
  // Grouped once: filtering all events per lead cost 25,000² steps for the backup spec's
  // 25,000 leads, over two minutes on a busy machine before the browser saw a row.
  const byLead = new Map<string, StageEvent[]>();
  for (const e of events) {
    const list = byLead.get(e.leadId);
    if (list) list.push(e);
    else byLead.set(e.leadId, [e]);
  }
  const rows = data.leads.map((l) => ({
    ...l,
    events: (byLead.get(l.id) ?? []).map(({ id: _id, ...e }) => e),
  }));
  await page.evaluate(
    ({ leads, meta }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('embudo');
        // Never create the database here (an empty one would block the app's own open).
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['leads', 'meta'], 'readwrite');
          for (const l of leads) tx.objectStore('leads').put(l);
          for (const m of meta) tx.objectStore('meta').put(m);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { leads: rows, meta: data.meta ?? [] },
  );
  await page.reload();
  await whenReady(page);
}

/** Reads rows of a store from the extension's IndexedDB. */
export async function storedRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('embudo');
        // No database yet (the app has not opened it): nothing is stored. Opening it here would
        // create an empty one, and the app's own open would then wait on this connection.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Every stage event stored, read out of the lead records that hold them (schema v2). */
export async function storedEvents<T = Record<string, unknown>>(page: Page): Promise<T[]> {
  const rows = await storedRows<{ events?: T[] }>(page, 'leads');
  return rows.flatMap((r) => r.events ?? []);
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core in the page; returns the serious and critical violations (ids
 * and the nodes they hit). Extension pages forbid inline scripts (CSP), so
 * `addScriptTag` is refused: the source is evaluated through the debugger instead.
 */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o?: object) => Promise<unknown> } }).axe;
    return (await axe.run()) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
