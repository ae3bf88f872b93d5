import { describe, expect, it } from 'vitest';
import { GROUP_IDS, type GroupId } from '../../../../../extension/data/leads/lead-queries';
import { summarize } from '../../../../../extension/data/leads/pipeline-summary';
import { SETTINGS_DEFAULTS } from '../../../../../extension/data/settings/settings-read';
import {
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

  it('is not used on another day: what is overdue changed at midnight', () => {
    expect(decodeCachedPipeline(copy(), '2026-11-21', false)).toBeNull();
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
