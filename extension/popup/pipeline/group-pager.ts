import type { Lead } from '../../../shared/model/lead';

/**
 * Rows of one pipeline group, fetched as the list scrolls. The first rows come
 * with the first screen; deeper rows are read by id from the group's ordered
 * key list (keys only, one request), a window at a time.
 */
interface GroupPager {
  readonly count: number;
  row(index: number): Lead | undefined;
  /** Loads rows [start, end) not yet in memory; resolves true when something new arrived. */
  ensure(start: number, end: number): Promise<boolean>;
}

export function createPager(
  count: number,
  firstRows: readonly Lead[],
  fetchKeys: () => Promise<string[]>,
  fetchRows: (ids: string[]) => Promise<Lead[]>,
): GroupPager {
  const rows = new Map<number, Lead>(firstRows.map((l, i) => [i, l]));
  let keys: Promise<string[]> | undefined;
  const missing = (start: number, end: number) => {
    const out: number[] = [];
    for (let i = Math.max(0, start); i < Math.min(count, end); i++) if (!rows.has(i)) out.push(i);
    return out;
  };
  return {
    count,
    row: (i) => rows.get(i),
    async ensure(start, end) {
      const want = missing(start, end);
      if (want.length === 0) return false;
      keys ??= fetchKeys();
      const all = await keys;
      const ids = want.map((i) => all[i]).filter((id): id is string => id !== undefined);
      const byId = new Map((await fetchRows(ids)).map((l) => [l.id, l]));
      let added = false;
      for (const i of want) {
        const lead = byId.get(all[i] as string);
        if (lead && !rows.has(i)) {
          rows.set(i, lead);
          added = true;
        }
      }
      return added;
    },
  };
}
