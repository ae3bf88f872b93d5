import './zod-jitless';
// Bundled by the bench and evaluated inside an extension page of the test build,
// so it writes the extension's own IndexedDB and times code where it really runs.
// Every timed function returns milliseconds; preparation happens before the clock.

import { backupFile } from '../../extension/data/backup/backup-export';
import { getDb, openDb } from '../../extension/data/db';
import { rowOf } from '../../extension/data/leads/lead-rows';
import { analyse } from '../../shared/metrics/analyse';
import { resolvePeriod } from '../../shared/metrics/period';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { generatePipeline } from '../../test/support/generate-pipeline';
import { importApi } from './page-import';
import { rawRead } from './page-raw-idb';
import { syncApi } from './page-sync';
import { forgetTeamView, seedTeam } from './page-team';

const CHUNK = 20_000;
const NOW = Date.UTC(2026, 10, 27, 12);

const generated = new Map<number, ReturnType<typeof generatePipeline>>();
/** The seeded pipeline of `leads` leads, generated once per size. */
function pipelineOf(leads: number) {
  let data = generated.get(leads);
  if (!data) {
    data = generatePipeline({ leads, seed: 7 });
    generated.set(leads, data);
  }
  return data;
}

/** Fills a database (the extension's own unless named) with a generated pipeline. */
async function seed(leads: number, name?: string): Promise<{ leads: number; events: number }> {
  const data = pipelineOf(leads);
  const db = name ? openDb(name) : getDb();
  await db.leads.clear();
  await db.meta.clear();
  const byLead = Map.groupBy(data.stageEvents, (e) => e.leadId);
  const rows = data.leads.map((l) => rowOf(l, byLead.get(l.id) ?? []));
  for (let i = 0; i < rows.length; i += CHUNK) await db.leads.bulkAdd(rows.slice(i, i + CHUNK));
  if (name) db.close();
  return { leads: data.leads.length, events: data.stageEvents.length };
}

let dataset: ReturnType<typeof generatePipeline> | undefined;
/** Builds the metrics dataset once in the page; the timed runs below reuse it. */
function prepareMetrics(leads: number): number {
  dataset = generatePipeline({ leads, seed: 11, now: NOW });
  return dataset.stageEvents.length;
}

/** The floor: one pass over every event, counting events per lead in a Map. */
function singlePass(): number {
  const t0 = performance.now();
  const perLead = new Map<string, number>();
  for (const e of dataset?.stageEvents ?? []) perLead.set(e.leadId, (perLead.get(e.leadId) ?? 0) + 1);
  if (perLead.size === 0) throw new Error('no data');
  return performance.now() - t0;
}

/** Every metric and every problem count, as the Metrics screen asks for them (flag lists are built when read). */
function metricsAndProblems(): number {
  if (!dataset) throw new Error('no data');
  const t0 = performance.now();
  const out = analyse({
    leads: dataset.leads,
    events: dataset.stageEvents,
    settings: DEFAULT_SETTINGS,
    period: resolvePeriod('this-year', NOW, 'Europe/Madrid'),
    now: NOW,
  });
  const ms = performance.now() - t0;
  if (!out.report) throw new Error('no report');
  return ms;
}

/** Full backup export as the Data screen does it (backupFile: one read transaction, pages, a Blob). */
async function exportAll(): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const { blob } = await backupFile(getDb());
  return { ms: performance.now() - t0, bytes: blob.size };
}

/** The export's floor: the same records read with bare IndexedDB calls, nothing done with them. */
async function rawReadAll(): Promise<number> {
  const db = getDb();
  await db.open();
  return rawRead(db);
}

(globalThis as unknown as { __bench: unknown }).__bench = {
  seed,
  exportAll,
  rawReadAll,
  prepareMetrics,
  singlePass,
  metricsAndProblems,
  seedTeam,
  forgetTeamView,
  ...importApi(seed),
  ...syncApi,
};
