import { DAY_MS } from '../time/day';

/**
 * When the next review is due: one cadence after the last review, or after the
 * cadence started. The background's reminder and the popup's Review screen ask
 * the same question. Pure.
 */
export function nextReviewDue(lastReviewAt: number | null, anchor: number, cadenceDays: number): number {
  return (lastReviewAt ?? anchor) + cadenceDays * DAY_MS;
}
