import { describe, expect, it, vi } from 'vitest';
import { installBadge } from '../../../../extension/background/badge';
import { installReviewReminder } from '../../../../extension/background/review-reminder';
import { afterStartup, STARTUP_DELAY_MS } from '../../../../extension/background/start-up';
import type { EmbudoDb } from '../../../../extension/data/db';

describe('afterStartup: the service worker’s own bookkeeping waits', () => {
  it('runs nothing at once, every task once after the delay', () => {
    vi.useFakeTimers();
    try {
      const badge = vi.fn();
      const review = vi.fn();
      afterStartup([badge, review]);
      vi.advanceTimersByTime(STARTUP_DELAY_MS - 1);
      expect([badge.mock.calls.length, review.mock.calls.length]).toEqual([0, 0]);
      vi.advanceTimersByTime(1);
      expect([badge.mock.calls.length, review.mock.calls.length]).toEqual([1, 1]);
      vi.advanceTimersByTime(STARTUP_DELAY_MS * 10);
      expect(badge).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits long enough for a popup opened as the worker starts to draw first', () => {
    expect(STARTUP_DELAY_MS).toBeGreaterThanOrEqual(2000);
  });
});

describe('the badge and the review reminder leave their start-up run to afterStartup', () => {
  it('installing them reads nothing: no recount, no database', () => {
    const listener = { addListener: vi.fn() };
    vi.stubGlobal('browser', {
      alarms: { onAlarm: listener, get: vi.fn(async () => ({})), create: vi.fn() },
      notifications: { onClicked: listener },
    });
    try {
      const refresh = vi.fn(async () => 0);
      const db = vi.fn(() => ({}) as EmbudoDb);
      installBadge(refresh);
      const sync = installReviewReminder(db);
      expect(refresh).not.toHaveBeenCalled();
      expect(db).not.toHaveBeenCalled();
      expect(typeof sync).toBe('function');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
