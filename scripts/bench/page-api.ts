// Bundled by the bench and evaluated inside an extension page of the test build,
// so it writes the extension's own IndexedDB and times code where it really runs.
import { getDb } from '../../extension/data/db';
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

(globalThis as unknown as { __bench: unknown }).__bench = { seed, generatePipeline };
