import { retryMinutes, type SyncState } from '../data/sync/sync-state';
import type { SyncRunner } from './sync-runner';

const SYNC_ALARM = 'embudo-sync';
/**
 * A burst of writes (an import, a few quick edits) makes one run, this long
 * after the last. Short, because a saved change should be on the server within
 * about two seconds while online (issue 14; `npm run bench -- --only sync`);
 * the runner already folds calls made during a run into one more run.
 */
const WRITE_DEBOUNCE_MS = 500;

/**
 * When sync runs: on connect, half a second after each local write, and on
 * an alarm (every minute while all is well; after failures 1, 2, 5, then 15
 * minutes). The alarm is what survives the service worker being stopped: a
 * debounce timer lost with it is covered by the next alarm.
 */
export function planNextRun(state: SyncState, on: boolean): Promise<unknown> {
  if (!on) return browser.alarms.clear(SYNC_ALARM);
  return browser.alarms.create(SYNC_ALARM, { delayInMinutes: retryMinutes(state.failures) });
}

/**
 * A service worker woken up with sync on and no alarm (a browser restart):
 * run now, which plans the next. The background calls it with its other
 * start-up work, after the popup's first frame (start-up.ts).
 */
export async function resumeSync(runner: SyncRunner, isOn: () => Promise<boolean>): Promise<void> {
  if ((await isOn()) && !(await browser.alarms.get(SYNC_ALARM))) void runner.run();
}

export function installSyncSchedule(runner: SyncRunner, isOn: () => Promise<boolean>) {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runner.run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Call after every local write. */
  return function afterWrite(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void isOn().then((on) => (on ? runner.run() : undefined));
    }, WRITE_DEBOUNCE_MS);
  };
}
