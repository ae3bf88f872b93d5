import { describe, expect, it } from 'vitest';
import { createPager } from '../../../../../extension/popup/pipeline/group-pager';
import { lead } from '../fixtures';

describe('group pager', () => {
  const all = Array.from({ length: 50 }, (_, i) => lead({ id: `l${i}` }));
  const setup = () => {
    const calls = { keys: 0, rows: [] as string[][] };
    const pager = createPager(
      all.length,
      all.slice(0, 5),
      async () => {
        calls.keys++;
        return all.map((l) => l.id);
      },
      async (ids) => {
        calls.rows.push(ids);
        return all.filter((l) => ids.includes(l.id)).reverse();
      },
    );
    return { pager, calls };
  };

  it('serves the first rows without reading anything', async () => {
    const { pager, calls } = setup();
    expect(await pager.ensure(0, 5)).toBe(false);
    expect(pager.row(4)?.id).toBe('l4');
    expect(calls).toEqual({ keys: 0, rows: [] });
  });

  it('reads only the missing rows of a window, in order, and the keys once', async () => {
    const { pager, calls } = setup();
    expect(await pager.ensure(3, 8)).toBe(true);
    expect(calls.rows).toEqual([['l5', 'l6', 'l7']]);
    expect([5, 6, 7].map((i) => pager.row(i)?.id)).toEqual(['l5', 'l6', 'l7']);
    await pager.ensure(40, 60);
    expect(calls.keys).toBe(1);
    expect(calls.rows[1]).toHaveLength(10);
    expect(pager.row(49)?.id).toBe('l49');
    expect(pager.row(50)).toBeUndefined();
  });
});
