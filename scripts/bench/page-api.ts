import './zod-jitless';
// Bundled by the bench and evaluated inside an extension page of the test build,
// so it writes the extension's own IndexedDB and times code where it really runs.

import { backupJsonParts, exportBackup } from '../../extension/data/backup';
import { decodeCsvBytes } from '../../extension/data/csv-decode';
import { leadsToCsv } from '../../extension/data/csv-export';
import { applyCsvImport, checkRows } from '../../extension/data/csv-import';
import { suggestMapping } from '../../extension/data/csv-mapping';
import { parseCsvText } from '../../extension/data/csv-parse';
import { getDb } from '../../extension/data/db';
import { analyse } from '../../shared/metrics/analyse';
import { resolvePeriod } from '../../shared/metrics/period';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { generatePipeline } from '../../test/support/generate-pipeline';

const CHUNK = 20_000;

async function seed(leads: number): Promise<{ leads: number; events: number }> {
  const data = generatePipeline({ leads, seed: 7 });
  const db = getDb();
  await db.transaction('rw', db.leads, db.stageEvents, async () => {
    await db.leads.clear();
    await db.stageEvents.clear();
  });
  for (let i = 0; i < data.leads.length; i += CHUNK) await db.leads.bulkAdd(data.leads.slice(i, i + CHUNK));
  for (let i = 0; i < data.stageEvents.length; i += CHUNK) {
    await db.stageEvents.bulkAdd(data.stageEvents.slice(i, i + CHUNK));
  }
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

/** Full backup export as the Data screen does it: one read transaction, JSON in parts, a Blob. */
async function exportAll(): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const blob = new Blob(backupJsonParts(await exportBackup(getDb())), { type: 'application/json' });
  return { ms: performance.now() - t0, bytes: blob.size };
}

let csvBytes: Uint8Array | undefined;
/** A spreadsheet of `rows` invented leads, as our own CSV export writes it (UTF-8 with BOM). */
function prepareCsv(rows: number): number {
  const { leads } = generatePipeline({ leads: rows, seed: 23 });
  csvBytes = new TextEncoder().encode(`\uFEFF${leadsToCsv(leads)}`);
  return csvBytes.length;
}

/** CSV import of the prepared file into an empty pipeline: decode, parse, map, check, write. */
async function importCsv(): Promise<{ ms: number; written: number; progressUpdates: number }> {
  if (!csvBytes) throw new Error('no CSV prepared');
  const db = getDb();
  await db.transaction('rw', db.leads, db.stageEvents, db.meta, async () => {
    await db.leads.clear();
    await db.stageEvents.clear();
  });
  let progressUpdates = 0;
  const onProgress = () => {
    progressUpdates++;
  };
  const t0 = performance.now();
  const parsed = parseCsvText(decodeCsvBytes(csvBytes).text);
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
  return { ms: performance.now() - t0, written: plan.added.length + plan.updated.length, progressUpdates };
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
