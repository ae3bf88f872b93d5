import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_AFTER,
  badgeText,
  badgeUpdater,
  coalesce,
  countProblems,
} from '../../../../extension/background/badge';
import { handleMessage } from '../../../../extension/background/handle-message';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { loadMetricsInput } from '../../../../extension/data/leads/metrics-input';
import { tallyProblems } from '../../../../shared/metrics/problem-tally';
import { findProblems } from '../../../../shared/metrics/problems';
import { generatePipeline } from '../../../support/generate-pipeline';
import { rowsOf } from '../data/data-helpers';
import { ANSWERS, smallPipeline } from '../popup/metrics/small-pipeline';
import { EXTENSION_URL, POPUP } from './message-senders';

const NOW = Date.UTC(2026, 10, 20, 12);

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`badge-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

async function store(data: ReturnType<typeof smallPipeline>): Promise<void> {
  await db.leads.bulkAdd(rowsOf(data.leads, data.events));
  await db.meta.put({ key: 'settings', value: data.settings });
}

describe('badge text', () => {
  it('is empty at zero and never wider than four characters', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(4)).toBe('4');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('problem count', () => {
  it('counts every problem of the stored pipeline, as the Problems screen sums its groups', async () => {
    await store(smallPipeline(NOW));
    expect(badgeText(await countProblems(db, NOW))).toBe(ANSWERS.badge);
  });

  it('reads only open leads, and agrees with the engine run on everything', async () => {
    const gen = generatePipeline({ leads: 400, now: NOW, seed: 7 });
    await db.leads.bulkAdd(rowsOf(gen.leads, gen.stageEvents));
    const all = await loadMetricsInput(db);
    const expected = tallyProblems(findProblems({ ...all, now: NOW })).problems;
    expect(expected).toBeGreaterThan(0);
    expect(await countProblems(db, NOW)).toBe(expected);
  });

  it('shows the count on the toolbar button, with the number in words in the title', async () => {
    await store(smallPipeline(NOW));
    const action = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    vi.stubGlobal('browser', {
      action,
      i18n: {
        getMessage: (key: string, subs?: string[]) => (key === 'actionTitle' ? 'Embudo' : `${key}:${subs}`),
      },
    });
    expect(
      await badgeUpdater(
        () => db,
        () => NOW,
        0,
      )(),
    ).toBe(4);
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '4' });
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Embudo (badgeProblemsTitle:4)' });
  });

  it('logs a failed count instead of rejecting, so callers can fire and forget', async () => {
    db.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = {
      ...db,
      leads: {
        where: () => {
          throw new Error('disk on fire');
        },
      },
    } as unknown as EmbudoDb;
    await expect(
      badgeUpdater(
        () => broken,
        () => NOW,
        0,
      )(),
    ).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('coalesce', () => {
  it('runs once more after a burst of calls, never two at once, and every caller sees a later run', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const release: (() => void)[] = [];
    const task = coalesce(async () => {
      running++;
      most = Math.max(most, running);
      const run = ++runs;
      await new Promise<void>((r) => release.push(r));
      running--;
      return run;
    });
    const first = task();
    const burst = [task(), task(), task()];
    release.shift()?.();
    await first;
    await vi.waitFor(() => expect(release).toHaveLength(1));
    release.shift()?.();
    expect(await first).toBe(1);
    expect(await Promise.all(burst)).toEqual([2, 2, 2]);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });
});

describe('refresh-badge message', () => {
  it('is validated and answered after the badge was recounted', async () => {
    const refreshBadge = vi.fn(async () => 3);
    const deps = { db, inject: async () => undefined, refreshBadge, extensionUrl: EXTENSION_URL };
    expect(await handleMessage({ type: 'refresh-badge' }, POPUP, deps)).toEqual({ ok: true });
    expect(refreshBadge).toHaveBeenCalledTimes(1);
    // The cheapest round trip (the bench's floor for capture → saved) touches nothing.
    expect(await handleMessage({ type: 'ping' }, POPUP, deps)).toEqual({ ok: true });
    expect(refreshBadge).toHaveBeenCalledTimes(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleMessage({ type: 'refresh-badges' }, POPUP, deps)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    warn.mockRestore();
    expect(refreshBadge).toHaveBeenCalledTimes(1);
    expect(BADGE_AFTER.has('save-candidate')).toBe(true);
    expect(BADGE_AFTER.has('capture-tab')).toBe(false);
  });

  it('problem-count answers the badge count, or null when the background cannot count', async () => {
    const base = { db, inject: async () => undefined, extensionUrl: EXTENSION_URL };
    const problemCount = vi.fn(async () => 81);
    expect(await handleMessage({ type: 'problem-count' }, POPUP, { ...base, problemCount })).toEqual({
      count: 81,
    });
    expect(await handleMessage({ type: 'problem-count' }, POPUP, base)).toEqual({ count: null });
  });
});
