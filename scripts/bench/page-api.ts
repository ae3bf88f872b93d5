import './zod-jitless';
// Bundled by the bench and evaluated inside an extension page of the test build,
// so it writes the extension's own IndexedDB and times code where it really runs.

import { backupFile } from '../../extension/data/backup/backup-export';
import { checkRows } from '../../extension/data/csv/csv-check';
import { decodeCsvBytes } from '../../extension/data/csv/csv-decode';
import { leadsToCsv } from '../../extension/data/csv/csv-export';
import { applyCsvImport } from '../../extension/data/csv/csv-import';
import { suggestMapping } from '../../extension/data/csv/csv-mapping';
import { parseCsvText } from '../../extension/data/csv/csv-parse';
import { getDb, openDb } from '../../extension/data/db';
import { rowOf } from '../../extension/data/leads/lead-rows';
import { analyse } from '../../shared/metrics/analyse';
import { resolvePeriod } from '../../shared/metrics/period';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { generatePipeline } from '../../test/support/generate-pipeline';

const CHUNK = 20_000;

async function seed(leads: number): Promise<{ leads: number; events: number }> {
  const data = generatePipeline({ leads, seed: 7 });
  const db = getDb();
  await db.leads.clear();
  const byLead = Map.groupBy(data.stageEvents, (e) => e.leadId);
  const rows = data.leads.map((l) => rowOf(l, byLead.get(l.id) ?? []));
  for (let i = 0; i < rows.length; i += CHUNK) await db.leads.bulkAdd(rows.slice(i, i + CHUNK));
  return { leads: data.leads.length, events: data.stageEvents.length };
}

const NOW = Date.UTC(2026, 10, 27, 12);
let dataset: ReturnType<typeof generatePipeline> | undefined;

/** Builds the 100k dataset once in the page; the timed runs below reuse it. */
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

/** Every metric and every problem flag, as the metrics screen asks for them. */
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

let csvBytes: Uint8Array | undefined;
/** A spreadsheet of `rows` invented leads, as our own CSV export writes it (UTF-8 with BOM). */
function prepareCsv(rows: number): number {
  const { leads } = generatePipeline({ leads: rows, seed: 23 });
  csvBytes = new TextEncoder().encode(`\uFEFF${leadsToCsv(leads)}`);
  return csvBytes.length;
}

let importRun = 0;
/**
 * CSV import of the prepared file into an empty pipeline: decode, parse, map,
 * check, write. Each run gets a database of its own (same schema and code as
 * the extension's), created before the clock starts and deleted after it
 * stops: clearing one store between runs would leave the next import paying
 * for IndexedDB's clean-up of the rows just deleted, which no rep's import does.
 */
async function importCsv(): Promise<{ ms: number; written: number; progressUpdates: number }> {
  if (!csvBytes) throw new Error('no CSV prepared');
  const db = openDb(`embudo-bench-import-${importRun++}`);
  await db.open();
  let progressUpdates = 0;
  const onProgress = () => {
    progressUpdates++;
  };
  const t0 = performance.now();
  const decoded = decodeCsvBytes(csvBytes);
  if (!decoded.ok) throw new Error(`CSV not decoded: ${decoded.issue}`);
  const parsed = parseCsvText(decoded.text);
  if (!parsed.ok) throw new Error('CSV did not parse');
  const table = parsed.table;
  const ctx = {
    settings: DEFAULT_SETTINGS,
    decimalComma: table.delimiter === ';',
    now: NOW,
    newId: () => crypto.randomUUID(),
  };
  const checked = await checkRows(table, suggestMapping(table.headers), ctx, onProgress);
  const plan = await applyCsvImport(db, checked.valid, NOW, onProgress);
  const ms = performance.now() - t0;
  const written =
    (await db.leads.count()) === checked.valid.length ? plan.added.length + plan.updated.length : -1;
  await db.delete();
  return { ms, written, progressUpdates };
}

(globalThis as unknown as { __bench: unknown }).__bench = {
  exportAll,
  prepareCsv,
  importCsv,
  seed,
  generatePipeline,
  prepareMetrics,
  singlePass,
  metricsAndProblems,
};
