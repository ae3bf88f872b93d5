import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  daysSinceReview,
  planReminder,
  REVIEW_ALARM,
  REVIEW_NOTIFICATION,
  syncReviewReminder,
} from '../../../../extension/background/review-reminder';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import {
  lastReview,
  readReminderState,
  recordReview,
  reminderState,
} from '../../../../extension/data/settings/review-repository';
import { SettingsSchema } from '../../../../shared/model/settings';
import { nextReviewDue } from '../../../../shared/process/review-due';
import { DAY_MS } from '../../../../shared/time/day';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('when the next review is due', () => {
  it('is one cadence after the last review, or after the cadence started when there is none', () => {
    expect(nextReviewDue(NOW, 0, 7)).toBe(NOW + 7 * DAY_MS);
    expect(nextReviewDue(null, NOW, 14)).toBe(NOW + 14 * DAY_MS);
    expect(daysSinceReview(NOW - 3.5 * DAY_MS, NOW)).toBe(3);
    expect(daysSinceReview(null, NOW)).toBeNull();
  });

  it('waits for the due time, then reminds at most once a day until a review is recorded', () => {
    const state = { anchor: NOW - 30 * DAY_MS };
    const last = NOW - 3 * DAY_MS;
    expect(planReminder({ lastReviewAt: last, state, cadenceDays: 7, now: NOW })).toEqual({
      notify: false,
      due: last + 7 * DAY_MS,
      nextAt: last + 7 * DAY_MS,
    });
    const overdue = planReminder({ lastReviewAt: NOW - 8 * DAY_MS, state, cadenceDays: 7, now: NOW });
    expect(overdue).toMatchObject({ notify: true, nextAt: NOW + DAY_MS });
    const reminded = { ...state, lastRemindedAt: NOW - 2 * 3_600_000 };
    expect(
      planReminder({ lastReviewAt: NOW - 8 * DAY_MS, state: reminded, cadenceDays: 7, now: NOW }),
    ).toMatchObject({ notify: false, nextAt: reminded.lastRemindedAt + DAY_MS });
    const yesterday = { ...state, lastRemindedAt: NOW - DAY_MS };
    expect(
      planReminder({ lastReviewAt: NOW - 9 * DAY_MS, state: yesterday, cadenceDays: 7, now: NOW }).notify,
    ).toBe(true);
  });

  it('reminds for a due time that passed after the last reminder, even within the day', () => {
    // Reminded two hours ago; the cadence was then shortened so a review fell due an hour ago.
    const state = { anchor: 0, lastRemindedAt: NOW - 2 * 3_600_000 };
    const lastReviewAt = NOW - DAY_MS - 3_600_000;
    expect(planReminder({ lastReviewAt, state, cadenceDays: 1, now: NOW }).notify).toBe(true);
    expect(planReminder({ lastReviewAt, state, cadenceDays: 2, now: NOW }).notify).toBe(false);
  });
});

describe('review records and the reminder', () => {
  let db: EmbudoDb;
  let n = 0;
  const browserStub = () => ({
    alarms: { create: vi.fn(async () => undefined) },
    notifications: { create: vi.fn(async () => 'id') },
    runtime: { getURL: (p: string) => `chrome-extension://x${p}` },
    i18n: { getMessage: (key: string, subs?: string[]) => `${key}${subs?.length ? `:${subs}` : ''}` },
  });
  beforeEach(async () => {
    db = openDb(`reminder-test-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await db.delete();
  });

  it('records a validated review and finds the latest one', async () => {
    expect(await lastReview(db)).toBeNull();
    await recordReview(db, { figures: { a: 1 }, problems: { stalled: ['x'] } }, NOW - DAY_MS);
    const second = await recordReview(db, { figures: { a: 2 }, problems: {} }, NOW, '  ');
    expect(second.notes).toBeUndefined();
    expect(await lastReview(db)).toEqual(second);
    await expect(recordReview(db, { figures: { a: Number.NaN }, problems: {} }, NOW)).rejects.toThrow();
    expect(await db.reviews.count()).toBe(2);
  });

  it('pins the cadence start once', async () => {
    expect(await readReminderState(db)).toBeNull();
    expect(await reminderState(db, NOW)).toEqual({ anchor: NOW });
    expect(await reminderState(db, NOW + DAY_MS)).toEqual({ anchor: NOW });
  });

  it('starts counting at the first run, then notifies once when the cadence passes', async () => {
    const api = browserStub();
    vi.stubGlobal('browser', api);
    await db.meta.put({ key: 'settings', value: SettingsSchema.parse({ reviewCadenceDays: 7 }) });
    const first = await syncReviewReminder(db, NOW);
    expect(first).toMatchObject({ notify: false, nextAt: NOW + 7 * DAY_MS });
    expect(api.alarms.create).toHaveBeenLastCalledWith(REVIEW_ALARM, { when: NOW + 7 * DAY_MS });
    expect(api.notifications.create).not.toHaveBeenCalled();

    const later = NOW + 7 * DAY_MS + 1000;
    expect((await syncReviewReminder(db, later)).notify).toBe(true);
    expect(api.notifications.create).toHaveBeenCalledWith(
      REVIEW_NOTIFICATION,
      expect.objectContaining({ title: 'reviewReminderTitle', message: 'reviewReminderFirst' }),
    );
    // Woken again an hour later (a restart, a write): no second notification that day.
    expect((await syncReviewReminder(db, later + 3_600_000)).notify).toBe(false);
    expect(api.notifications.create).toHaveBeenCalledTimes(1);

    // A review is recorded: the next reminder is a full cadence after it.
    await recordReview(db, { figures: {}, problems: {} }, later + 7_200_000);
    const after = await syncReviewReminder(db, later + 7_300_000);
    expect(after).toMatchObject({ notify: false, nextAt: later + 7_200_000 + 7 * DAY_MS });
  });

  it('says how many days have passed since the last review', async () => {
    const api = browserStub();
    vi.stubGlobal('browser', api);
    await reminderState(db, NOW - 30 * DAY_MS);
    await recordReview(db, { figures: {}, problems: {} }, NOW - 10 * DAY_MS);
    expect((await syncReviewReminder(db, NOW)).notify).toBe(true);
    expect(api.notifications.create).toHaveBeenCalledWith(
      REVIEW_NOTIFICATION,
      expect.objectContaining({ message: 'reviewReminderBody:10' }),
    );
  });
});
