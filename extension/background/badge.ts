import { findProblems } from '../../shared/metrics/problems';
import type { EmbudoDb } from '../data/db';
import { loadProblemsInput } from '../data/leads/metrics-input';

const BADGE_ALARM = 'embudo-badge';
/** Stall thresholds are whole days, so an hourly recount is enough between writes. */
const BADGE_PERIOD_MINUTES = 60;
const BADGE_COLOR = '#8a4b00';
/** A failed team sync: its own text and colour, so it is never mistaken for a problem count. */
const SYNC_ALERT_COLOR = '#b00020';
const SYNC_ALERT_TEXT = '!';
/** How long the badge waits after a write before recounting. */
const SETTLE_MS = 800;
/** Background messages that write leads: the badge is recounted after each. */
export const BADGE_AFTER: ReadonlySet<string> = new Set(['save-candidate', 'quick-capture-sender']);

/** The badge's text for a problem count: empty at zero; four characters at most (what fits). Pure. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 999 ? '999+' : String(Math.floor(total));
}

/**
 * Problems on the whole pipeline, as the Problems screen adds up its groups: the report's
 * total equals its tally (problem-tally.ts; a property test holds them equal), and reading
 * it builds no flag list.
 */
export async function countProblems(db: EmbudoDb, now: number): Promise<number> {
  const input = await loadProblemsInput(db);
  return findProblems({ ...input, now }).total;
}

/**
 * Runs `task` so that calls made while it runs share one more run after it,
 * never several in parallel: a burst of writes costs at most two counts, and
 * every caller's promise settles after a count that saw its write.
 */
export function coalesce<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const run = (): Promise<T> => {
    running = task().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return run();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return run();
      });
    return queued;
  };
}

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function actionApi(): ActionApi {
  return (browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction) as ActionApi;
}

/** The last sync failure's message while it stands (sync-runner.ts sets it), else null. */
let syncAlert: string | null = null;
let lastTotal = 0;
/** Whether this worker has counted yet: until then `lastTotal` is no answer for the Problems tab. */
let counted = false;

/** The last count shown on the badge, or null before this worker's first count. */
export function lastProblemCount(): number | null {
  return counted ? lastTotal : null;
}

/** Shows (or clears, with null) a sync failure on the badge, over the problem count. */
export async function setSyncAlert(message: string | null): Promise<void> {
  syncAlert = message;
  await showCount(lastTotal);
}

async function showCount(total: number): Promise<void> {
  lastTotal = total;
  const action = actionApi();
  const text = syncAlert ? SYNC_ALERT_TEXT : badgeText(total);
  await action.setBadgeBackgroundColor({ color: syncAlert ? SYNC_ALERT_COLOR : BADGE_COLOR });
  await action.setBadgeText({ text });
  // The button's own title, plus the count and any sync failure in words: the badge alone is not read out.
  const base = browser.i18n.getMessage('actionTitle') || 'Embudo';
  const parts = [
    ...(total > 0 ? [browser.i18n.getMessage('badgeProblemsTitle', [String(total)])] : []),
    ...(syncAlert ? [syncAlert] : []),
  ];
  await action.setTitle({ title: parts.length ? `${base} (${parts.join('; ')})` : base });
}

/**
 * Creates the badge updater: call it after every write; concurrent calls are
 * coalesced. It never rejects (a failed count is logged and gives null), so
 * callers can fire and forget.
 */
export function badgeUpdater(
  db: () => EmbudoDb,
  now: () => number = Date.now,
  settleMs = SETTLE_MS,
): () => Promise<number | null> {
  const update = coalesce(async () => {
    // Let a burst of writes land first: the count reads every open lead, and a
    // write queued behind that read would wait for it.
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    const total = await countProblems(db(), now());
    counted = true;
    await showCount(total);
    return total;
  });
  return () =>
    update().catch((err: unknown) => {
      logFailure(err);
      return null;
    });
}

/**
 * Keeps the badge right while nothing is written: a periodic recount (stalls
 * appear with time). The recount at start-up is the caller's (see start-up.ts).
 */
export function installBadge(refresh: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refresh();
  });
  void browser.alarms.get(BADGE_ALARM).then((found) => {
    if (!found) void browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES });
  });
}

function logFailure(err: unknown): void {
  console.warn('[embudo] badge count failed', err);
}
