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
 * Backup export ÷ a raw read; CSV import of 10k rows ÷ a raw write of the same
 * records; the same import into 100k leads ÷ into an empty pipeline. `want`
 * picks among them (`--only`).
 */
export async function dataFigures(
  setup: Page,
  opts: { runs: number; quick: boolean; want: (id: string) => boolean },
): Promise<FigureResult[]> {
  const figures: FigureResult[] = [];
  if (opts.want('export-backup')) figures.push(await exportFigure(setup, opts));
  await call(setup, 'prepareCsv', CSV_ROWS);
  if (opts.want('import-csv'))
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
  if (opts.want('import-csv-100k')) figures.push(await importIntoBigFigure(setup, opts));
  return figures;
}

/** Backup export (100k leads, 10k with --quick) ÷ a raw read of the same records. */
async function exportFigure(setup: Page, opts: { runs: number; quick: boolean }): Promise<FigureResult> {
  const leads = opts.quick ? 10_000 : BIG;
  const seeded = await call<{ events: number }>(setup, 'seed', leads);
  return runFigure(
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
  );
}

/** The same import into a pipeline already holding 100k leads ÷ into an empty one. */
async function importIntoBigFigure(setup: Page, opts: { runs: number }): Promise<FigureResult> {
  // Each run seeds a 100k database of its own before the clock; the empty
  // import (the floor) runs right after that seeding too, so both meet its wake.
  let big = '';
  return runFigure(
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
  );
}
