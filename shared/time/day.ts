/** One day in milliseconds: calendar maths in the engine, reminders and the popup all count with it. */
export const DAY_MS = 86_400_000;

/** Whole days from `at` to `now`, never negative. */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}
