import { type Review, ReviewSchema } from '../../../shared/model/review';
import type { EmbudoDb } from '../db';

/** What a review records (shared/metrics/review-diff.ts `snapshotForReview`). */
interface ReviewSnapshot {
  figures: Record<string, number | null>;
  problems: Record<string, string[]>;
}

/** The latest recorded review, or null before the first one. */
export async function lastReview(db: EmbudoDb): Promise<Review | null> {
  return (await db.reviews.orderBy('at').last()) ?? null;
}

/** Stores a review; the next review screen compares against it. Validated before writing. */
export async function recordReview(
  db: EmbudoDb,
  snapshot: ReviewSnapshot,
  at: number,
  notes?: string,
): Promise<Review> {
  const review = ReviewSchema.parse({
    id: `review-${at.toString(36)}-${crypto.randomUUID().slice(0, 8)}`,
    at,
    figures: snapshot.figures,
    problems: snapshot.problems,
    ...(notes?.trim() ? { notes } : {}),
  });
  // With `meta` in the transaction, a review written while team sync is on is marked for the push.
  await db.transaction('rw', db.reviews, db.meta, () => db.reviews.add(review));
  return review;
}

/** Row of the `meta` table with the reminder's bookkeeping. */
const REMINDER_KEY = 'review-reminder';

/**
 * When the cadence started (before any review is recorded, the first one is
 * due one cadence after it) and when the rep was last reminded.
 */
export interface ReminderState {
  anchor: number;
  lastRemindedAt?: number;
}

function isReminderState(v: unknown): v is ReminderState {
  const r = v as ReminderState | undefined;
  return (
    typeof r?.anchor === 'number' && (r.lastRemindedAt === undefined || typeof r.lastRemindedAt === 'number')
  );
}

/** The stored reminder state, or null before the background first ran. */
export async function readReminderState(db: EmbudoDb): Promise<ReminderState | null> {
  const value = (await db.meta.get(REMINDER_KEY))?.value;
  return isReminderState(value) ? value : null;
}

/** The stored state; the first call pins the anchor at `now`. */
export async function reminderState(db: EmbudoDb, now: number): Promise<ReminderState> {
  return db.transaction('rw', db.meta, async () => {
    const found = await readReminderState(db);
    if (found) return found;
    const fresh: ReminderState = { anchor: now };
    await db.meta.put({ key: REMINDER_KEY, value: fresh });
    return fresh;
  });
}

export async function saveReminderState(db: EmbudoDb, state: ReminderState): Promise<void> {
  await db.meta.put({ key: REMINDER_KEY, value: state });
}
