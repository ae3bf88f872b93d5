/**
 * How long the service worker waits after it starts before its own
 * bookkeeping (badge recount, review schedule, the standing sync alert, a
 * sync left without its alarm). The worker starts with the
 * browser and again after every idle stop, often just as the rep opens the
 * popup; that bookkeeping reads every open lead, and run at once it competed
 * with the popup's first screen for the CPU and the database (a cold first
 * open at 10k leads took ≈ 400 ms instead of ≈ 150 ms). Nothing it keeps is
 * urgent: the badge is a reminder, the review alarm is days away, a sync run
 * a few seconds late still lands well before the next alarm.
 */
export const STARTUP_DELAY_MS = 5000;

/** Runs `tasks` once, `delay` ms after the call: the service worker's start-up work, out of the popup's way. */
export function afterStartup(
  tasks: readonly (() => unknown)[],
  delay = STARTUP_DELAY_MS,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
): void {
  schedule(() => {
    for (const task of tasks) void task();
  }, delay);
}
