import type { EmbudoDb } from './db';

export interface StoredCounts {
  /** Leads, each with its own stage history. */
  leads: number;
  reviews: number;
}

/** What "delete all my data" would remove: the confirmation says it in numbers (two index counts, no records read). */
export async function countStored(db: EmbudoDb): Promise<StoredCounts> {
  const [leads, reviews] = await Promise.all([db.leads.count(), db.reviews.count()]);
  return { leads, reviews };
}

/**
 * Empties every table in one transaction: leads (with their history), reviews,
 * the settings and team sync's state. Either everything goes or, if the browser fails half-way, nothing does.
 * The database itself stays (open connections in other extension pages keep working).
 */
export async function deleteAllData(db: EmbudoDb): Promise<StoredCounts> {
  return db.transaction('rw', [db.leads, db.reviews, db.meta, db.teamDocs, db.teamReps], async () => {
    const before = await countStored(db);
    // Team sync's settings and other reps' documents go too: sync is off after this, and
    // nothing is deleted on the team server (a local wipe, docs/team-sync.md).
    await Promise.all([
      db.leads.clear(),
      db.reviews.clear(),
      db.meta.clear(),
      db.teamDocs.clear(),
      db.teamReps.clear(),
    ]);
    return before;
  });
}
