import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openDb } from '../../../../extension/data/db';
import { COPY_MAX_DAYS } from '../../../../extension/popup/pipeline/first-screen-cache';
import { localIsoDate } from '../../../../extension/ui/format';
import { DAY_MS } from '../../../../shared/time/day';

const script = readFileSync('extension/public/db-preconnect.js', 'utf8');
const preconnect = () => new Function(script)();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('db-preconnect.js: the popup warms the database up before its code runs', () => {
  it('is loaded by the popup before its app code', () => {
    const html = readFileSync('extension/entrypoints/popup/index.html', 'utf8');
    const warm = html.indexOf('<script src="/db-preconnect.js"></script>');
    expect(warm).toBeGreaterThan(0);
    expect(warm).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('creates no database when there is none (the app creates it, with its schema)', async () => {
    preconnect();
    await settle();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = openDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['leads', 'meta', 'reviews', 'teamDocs', 'teamReps']);
    db.close();
  });

  it('gives way at once to an app connection that upgrades the database', async () => {
    // An older schema on disk: the preconnect opens it, then the app's upgrade must not be blocked.
    const v1 = openDb(DB_NAME, 1);
    await v1.open();
    v1.close();
    preconnect();
    await settle();
    const current = openDb();
    await Promise.race([
      current.open(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('upgrade blocked')), 2000)),
    ]);
    expect(current.verno).toBeGreaterThan(1);
    current.close();
  });

  describe('with a copy of the first screen', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    });
    /** The page's storage holding a first-screen copy ordered on `day` (first-screen-cache.ts). */
    const copyOf = (day: string) =>
      vi.stubGlobal('localStorage', {
        getItem: (key: string) =>
          key === 'embudo.first-screen.pipeline' ? JSON.stringify({ version: 1, today: day }) : null,
      });

    it('reads the key the popup keeps its copy under', () => {
      const cache = readFileSync('extension/popup/pipeline/first-screen-cache.ts', 'utf8');
      expect(cache).toContain("PIPELINE_KEY = 'embudo.first-screen.pipeline'");
      expect(script).toContain("'embudo.first-screen.pipeline'");
    });

    it("leaves the database closed when today's copy draws the first frame", () => {
      copyOf(localIsoDate(Date.now()));
      const open = vi.spyOn(indexedDB, 'open');
      preconnect();
      expect(open).not.toHaveBeenCalled();
    });

    it('leaves it closed for a copy from the last days too, as the app draws it (COPY_MAX_DAYS)', () => {
      const open = vi.spyOn(indexedDB, 'open');
      for (const daysAgo of [1, COPY_MAX_DAYS]) {
        copyOf(localIsoDate(Date.now() - daysAgo * DAY_MS));
        preconnect();
      }
      expect(open).not.toHaveBeenCalled();
      expect(script).toContain(`const COPY_MAX_DAYS = ${COPY_MAX_DAYS};`);
    });

    it('still opens it when the app will not draw the copy (the app reads the database first)', () => {
      const open = vi.spyOn(indexedDB, 'open');
      for (const day of [
        '2020-01-01',
        localIsoDate(Date.now() - (COPY_MAX_DAYS + 1) * DAY_MS),
        localIsoDate(Date.now() + 2 * DAY_MS),
        'not a day',
      ]) {
        copyOf(day);
        preconnect();
      }
      expect(open).toHaveBeenCalledTimes(4);
      expect(open).toHaveBeenCalledWith(DB_NAME);
    });
  });
});
