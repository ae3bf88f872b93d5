import { describe, expect, it } from 'vitest';
import { GROUP_IDS, type GroupId } from '../../../../../extension/data/leads/lead-queries';
import { summarize } from '../../../../../extension/data/leads/pipeline-summary';
import { SETTINGS_DEFAULTS } from '../../../../../extension/data/settings/settings-read';
import {
  COPY_MAX_DAYS,
  daysBetween,
  decodeCachedFormats,
  decodeCachedPipeline,
  decodeCachedSettings,
  encodeCachedPipeline,
} from '../../../../../extension/popup/pipeline/first-screen-cache';
import { lead } from '../fixtures';

const TODAY = '2026-11-20';
const byGroup = <T>(f: (g: GroupId) => T) =>
  Object.fromEntries(GROUP_IDS.map((g) => [g, f(g)])) as Record<GroupId, T>;
const rows = [lead({ id: 'a', value: 1200 }), lead({ id: 'b', nextStepDue: '2026-11-18' })];
const copy = (over: Record<string, unknown> = {}) =>
  encodeCachedPipeline({
    counts: byGroup((g) => (g === 'awareness' ? 2 : 0)),
    firstRows: byGroup((g) => (g === 'awareness' ? rows : [])),
    summary: { ...summarize(rows), fingerprint: { maxUpdatedAt: 1, firstId: 'a', lastId: 'b' } },
    today: TODAY,
    withClosedRows: false,
    ...over,
  });

describe('the first screen kept for the next open', () => {
  it('comes back as it was kept, rows and all', () => {
    const back = decodeCachedPipeline(copy(), TODAY, false);
    expect(back?.firstRows.awareness.map((l) => l.id)).toEqual(['a', 'b']);
    expect(back?.counts.awareness).toBe(2);
    expect(back?.summary.groups.awareness.value).toEqual({ EUR: 1200 });
  });

  it("still draws the day's first open, as it was read: a copy up to COPY_MAX_DAYS old", () => {
    // The first open after the browser starts is usually the morning's; the row order stays the
    // copy's (`today` says which day it was read on), the labels are the rows' own work.
    expect(COPY_MAX_DAYS).toBe(4);
    for (const day of ['2026-11-21', '2026-11-24']) {
      const back = decodeCachedPipeline(copy(), day, false);
      expect(back?.today).toBe(TODAY);
      expect(back?.firstRows.awareness.map((l) => l.id)).toEqual(['a', 'b']);
    }
  });

  it('is not used once older than that, nor when read on a later day than today (a clock put back)', () => {
    expect(decodeCachedPipeline(copy(), '2026-11-25', false)).toBeNull();
    expect(decodeCachedPipeline(copy(), '2027-11-20', false)).toBeNull();
    expect(decodeCachedPipeline(copy(), '2026-11-19', false)).toBeNull();
    for (const day of ['', '2026-11-2', '20261120', 'yesterday'])
      expect(decodeCachedPipeline(copy({ today: day }), TODAY, false)).toBeNull();
  });

  it('counts days between local dates across months, years and clock changes', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-04')).toBe(4);
    // The night the clocks go back in Madrid is still one day.
    expect(daysBetween('2026-10-24', '2026-10-25')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-20', '2026-11-19')).toBe(-1);
    expect(daysBetween('nope', '2026-11-19')).toBeNaN();
  });

  it('is not used by the full view when it was read without the closed groups', () => {
    expect(decodeCachedPipeline(copy(), TODAY, true)).toBeNull();
    expect(decodeCachedPipeline(copy({ withClosedRows: true }), TODAY, true)).not.toBeNull();
  });

  it('is ignored when damaged, of another format or missing a group', () => {
    const broken = JSON.parse(copy());
    delete broken.firstRows.lost;
    const badRow = JSON.parse(copy());
    badRow.firstRows.awareness[0] = { id: 'x' };
    for (const raw of [null, '', '{', '[]', JSON.stringify(broken), JSON.stringify(badRow)])
      expect(decodeCachedPipeline(raw, TODAY, false)).toBeNull();
    expect(
      decodeCachedPipeline(JSON.stringify({ ...JSON.parse(copy()), version: 99 }), TODAY, false),
    ).toBeNull();
  });
});

describe('the settings kept for the next open', () => {
  it('are merged over the defaults like a database read, odd keys dropped', () => {
    const raw = JSON.stringify({ version: 1, settings: { language: 'es', capacity: 'many', __proto__x: 1 } });
    expect(decodeCachedSettings(raw)).toEqual({ ...SETTINGS_DEFAULTS, language: 'es' });
  });

  it('are none when damaged', () => {
    for (const raw of [null, '{', '{"version":1}', '{"version":2,"settings":{}}'])
      expect(decodeCachedSettings(raw)).toBeNull();
  });
});

describe('the formatted strings kept for the next open', () => {
  const kept = JSON.stringify({
    version: 1,
    browser: 'Chrome/140',
    entries: [['m|en|EUR|5', '€5'], ['bad'], [1, 2]],
  });

  it('are seeded only into the same browser build, well-formed pairs only', () => {
    expect(decodeCachedFormats(kept, 'Chrome/140')).toEqual([['m|en|EUR|5', '€5']]);
    expect(decodeCachedFormats(kept, 'Chrome/141')).toEqual([]);
    expect(decodeCachedFormats('{', 'Chrome/140')).toEqual([]);
  });
});
