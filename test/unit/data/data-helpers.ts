import type { EmbudoDb } from '../../../extension/data/db';
import { SettingsSchema } from '../../../shared/model/settings';
import { generatePipeline } from '../../support/generate-pipeline';

const T0 = Date.UTC(2026, 10, 2, 9);

/** A seeded pipeline plus one review and non-default settings, under an id prefix. */
export async function seed(db: EmbudoDb, leads: number, prefix = 'gen'): Promise<void> {
  const data = generatePipeline({ leads, now: T0, seed: leads });
  const rename = (id: string) => id.replace(/^gen/, prefix);
  await db.transaction('rw', db.leads, db.stageEvents, db.reviews, db.meta, async () => {
    await db.leads.bulkAdd(
      data.leads.map((l) => ({
        ...l,
        id: rename(l.id),
        email: prefix === 'gen' ? l.email : `${prefix}-${l.email}`,
        linkedinUrl: prefix === 'gen' ? l.linkedinUrl : `${l.linkedinUrl}${prefix}/`,
      })),
    );
    await db.stageEvents.bulkAdd(
      data.stageEvents.map(({ id: _id, ...e }) => ({ ...e, leadId: rename(e.leadId) })),
    );
    await db.reviews.add({
      id: `${prefix}-review-1`,
      at: T0 - 7 * 86_400_000,
      figures: { won: 3 },
      problems: {},
    });
    await db.meta.put({ key: 'settings', value: SettingsSchema.parse({ capacity: 12 }) });
  });
}

/** Every record of every table, ordered by key: two dumps are equal when the databases are. */
export async function dumpDb(db: EmbudoDb) {
  const [leads, stageEvents, reviews, meta] = await Promise.all([
    db.leads.toArray(),
    db.stageEvents.toArray(),
    db.reviews.toArray(),
    db.meta.toArray(),
  ]);
  return { leads, stageEvents, reviews, meta };
}

/** Makes one table method fail the way a browser does (full disk, I/O error) for the next calls. */
export function failNext(table: object, method: string, error: Error): void {
  (table as Record<string, unknown>)[method] = () => Promise.reject(error);
}
