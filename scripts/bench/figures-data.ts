import type { Page } from '@playwright/test';
import { call } from './page-call';
import { type FigureResult, runFigure } from './runner';

interface Imported {
  ms: number;
  added: number;
  conflicts: number;
}

const CSV_ROWS = 10_000;
const BIG = 100_000;

/** Imports into the named database, checking every row landed as a new lead. */
async function timedImport(setup: Page, name: string): Promise<number> {
  const r = await call<Imported>(setup, 'importCsv', name);
  if (r.added !== CSV_ROWS) throw new Error(`CSV import added ${r.added} of ${CSV_ROWS} rows`);
  return r.ms;
}

/**
 * Backup export (100k leads, 10k with --quick) ÷ a raw read of the same
 * records; CSV import of 10k rows ÷ a raw write of the same records; and the
 * same import into a pipeline already holding 100k leads ÷ into an empty one.
 */
export async function dataFigures(
  setup: Page,
  opts: { runs: number; quick: boolean },
): Promise<FigureResult[]> {
  const leads = opts.quick ? 10_000 : BIG;
  const seeded = await call<{ events: number }>(setup, 'seed', leads);
  const figures: FigureResult[] = [];
  figures.push(
    await runFigure(
      {
        id: 'export-backup',
        label: `backup export, ${leads / 1000}k leads / ${Math.round(seeded.events / 1000)}k events`,
        group: 'data',
        floor: { label: 'raw IndexedDB read', measure: () => call(setup, 'rawReadAll') },
        measure: async () => (await call<{ ms: number }>(setup, 'exportAll')).ms,
        target: { ratio: 3 },
        warmUp: () => call(setup, 'rawReadAll'),
      },
      Math.min(opts.runs, 5),
    ),
  );
  await call(setup, 'prepareCsv', CSV_ROWS);
  figures.push(
    await runFigure(
      {
        id: 'import-csv',
        label: `CSV import, ${CSV_ROWS / 1000}k rows, empty pipeline`,
        group: 'data',
        floor: { label: 'raw IndexedDB write', measure: () => call(setup, 'rawWriteCsv') },
        measure: async () => timedImport(setup, await call<string>(setup, 'prepareDb', 0)),
        target: { ratio: 4 },
      },
      Math.min(opts.runs, 5),
    ),
  );
  // Each run seeds a 100k database of its own before the clock; the empty
  // import (the floor) runs right after that seeding too, so both meet its wake.
  let big = '';
  figures.push(
    await runFigure(
      {
        id: 'import-csv-100k',
        label: `CSV import, ${CSV_ROWS / 1000}k rows, into ${BIG / 1000}k leads`,
        group: 'data',
        floor: {
          label: 'same import, empty pipeline',
          measure: async () => {
            big = await call<string>(setup, 'prepareDb', BIG);
            return timedImport(setup, await call<string>(setup, 'prepareDb', 0));
          },
        },
        measure: () => timedImport(setup, big),
        target: { ratio: 1.3 },
      },
      Math.min(opts.runs, 5),
    ),
  );
  return figures;
}
