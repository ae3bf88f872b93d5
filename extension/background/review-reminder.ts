import { nextReviewDue } from '../../shared/process/review-due';
import { DAY_MS, daysSince } from '../../shared/time/day';
import type { EmbudoDb } from '../data/db';
import {
  lastReview,
  type ReminderState,
  reminderState,
  saveReminderState,
} from '../data/settings/review-repository';
import { loadSettings } from '../data/settings/settings-repository';

export const REVIEW_ALARM = 'embudo-review';
export const REVIEW_NOTIFICATION = 'embudo-review';
/** Where a click on the reminder lands: the app in a tab, on the Review screen. */
const REVIEW_PAGE = '/popup.html?view=full&screen=review';

interface ReminderPlan {
  /** Show the reminder now. */
  notify: boolean;
  /** When the alarm should fire next. */
  nextAt: number;
  due: number;
}

/**
 * Whether to remind now and when to look again. Before the due time: wait for
 * it. Once overdue: remind, then at most once a day until a review is
 * recorded, so a missed review is not forgotten but the rep is not nagged. Pure.
 */
export function planReminder(input: {
  lastReviewAt: number | null;
  state: ReminderState;
  cadenceDays: number;
  now: number;
}): ReminderPlan {
  const { now, state } = input;
  const due = nextReviewDue(input.lastReviewAt, state.anchor, input.cadenceDays);
  if (now < due) return { notify: false, due, nextAt: due };
  const last = state.lastRemindedAt;
  if (last === undefined || last < due || now - last >= DAY_MS)
    return { notify: true, due, nextAt: now + DAY_MS };
  return { notify: false, due, nextAt: last + DAY_MS };
}

/** Whole days since the last review, for the reminder's wording; null when there is none. */
export function daysSinceReview(lastReviewAt: number | null, now: number): number | null {
  return lastReviewAt === null ? null : daysSince(lastReviewAt, now);
}

const msg = (key: Parameters<typeof browser.i18n.getMessage>[0], ...subs: string[]) =>
  browser.i18n.getMessage(key, subs) || key;

async function showReminder(days: number | null): Promise<void> {
  await browser.notifications.create(REVIEW_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: msg('reviewReminderTitle'),
    message: days === null ? msg('reviewReminderFirst') : msg('reviewReminderBody', String(days)),
  });
}

/**
 * Reads the cadence and the last review, reminds if a review is overdue and
 * sets the alarm for the next look. Safe to call often (on start, after
 * writes, when the alarm fires): it reminds at most once a day.
 */
export async function syncReviewReminder(db: EmbudoDb, now = Date.now()): Promise<ReminderPlan> {
  const [settings, last, state] = await Promise.all([
    loadSettings(db),
    lastReview(db),
    reminderState(db, now),
  ]);
  const lastReviewAt = last?.at ?? null;
  const plan = planReminder({ lastReviewAt, state, cadenceDays: settings.reviewCadenceDays, now });
  if (plan.notify) {
    await saveReminderState(db, { ...state, lastRemindedAt: now });
    await showReminder(daysSinceReview(lastReviewAt, now)).catch((err: unknown) =>
      console.warn('[embudo] review reminder failed', err),
    );
  }
  await browser.alarms.create(REVIEW_ALARM, { when: Math.max(plan.nextAt, now + 60_000) });
  return plan;
}

/** Wires the alarm and the notification click; call once when the service worker starts. */
export function installReviewReminder(db: () => EmbudoDb): () => Promise<unknown> {
  const sync = () =>
    syncReviewReminder(db()).catch((err: unknown) => console.warn('[embudo] review schedule failed', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REVIEW_ALARM) void sync();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== REVIEW_NOTIFICATION) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL(REVIEW_PAGE) });
  });
  return sync;
}
