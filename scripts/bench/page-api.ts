// Bundled by the bench and evaluated inside an extension page of the test build,
// so it writes the extension's own IndexedDB and times code where it really runs.
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

(globalThis as unknown as { __bench: unknown }).__bench = {
  seed,
  generatePipeline,
  prepareMetrics,
  singlePass,
  metricsAndProblems,
};
