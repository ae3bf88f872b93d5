import { describe, expect, it, vi } from 'vitest';
import { installBadge } from '../../../../extension/background/badge';
import { installReviewReminder } from '../../../../extension/background/review-reminder';
import { afterStartup, STARTUP_DELAY_MS } from '../../../../extension/background/start-up';
import type { SyncRunner } from '../../../../extension/background/sync-runner';
import { installSyncSchedule, resumeSync } from '../../../../extension/background/sync-schedule';
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

describe('the badge, the review reminder and team sync leave their start-up run to afterStartup', () => {
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
      const isOn = vi.fn(async () => true);
      const runner = { run: vi.fn() } as unknown as SyncRunner;
      installSyncSchedule(runner, isOn);
      expect(refresh).not.toHaveBeenCalled();
      expect(db).not.toHaveBeenCalled();
      expect(isOn).not.toHaveBeenCalled();
      expect(runner.run).not.toHaveBeenCalled();
      expect(typeof sync).toBe('function');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('resumeSync: the start-up check for a sync left without its alarm', () => {
  const run = async (on: boolean, alarm: object | undefined) => {
    vi.stubGlobal('browser', { alarms: { get: vi.fn(async () => alarm) } });
    try {
      const runner = { run: vi.fn() } as unknown as SyncRunner;
      await resumeSync(runner, async () => on);
      return (runner.run as ReturnType<typeof vi.fn>).mock.calls.length;
    } finally {
      vi.unstubAllGlobals();
    }
  };

  it('runs when sync is on and no alarm is planned (a browser restart)', async () => {
    expect(await run(true, undefined)).toBe(1);
  });

  it('leaves it to the alarm when one is planned, and does nothing with sync off', async () => {
    expect(await run(true, { name: 'embudo-sync' })).toBe(0);
    expect(await run(false, undefined)).toBe(0);
  });
});
