// CSV import figures, run in the extension page: into an empty pipeline, into
// one already holding many leads, and the raw IndexedDB write of the same records.

import { checkRows } from '../../extension/data/csv/csv-check';
import { decodeCsvBytes } from '../../extension/data/csv/csv-decode';
import { leadsToCsv } from '../../extension/data/csv/csv-export';
import { applyCsvImport } from '../../extension/data/csv/csv-import';
import { suggestMapping } from '../../extension/data/csv/csv-mapping';
import { parseCsvText } from '../../extension/data/csv/csv-parse';
import { type LeadRow, openDb } from '../../extension/data/db';
import { creationEvent } from '../../extension/data/leads/create-lead';
import { rowOf } from '../../extension/data/leads/lead-rows';
import type { Lead } from '../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { generatePipeline } from '../../test/support/generate-pipeline';
import { rawWrite } from './page-raw-idb';

const NOW = Date.UTC(2026, 10, 27, 12);

/**
 * The file's leads are people the pipeline does not hold yet (their own ids,
 * URLs and emails), the case a rep's import of a new list is: every row's
 * keys are looked up, none found. Their keys sort among the stored ones (same
 * names, another suffix), as a real list's do: keys that all sorted into one
 * gap of the index would let a look-up skip them in one step.
 */
function newPeople(rows: number): Lead[] {
  return generatePipeline({ leads: rows, seed: 23 }).leads.map((l, i) => ({
    ...l,
    id: `csv-${i}`,
    linkedinUrl: l.linkedinUrl?.replace(/\/$/, '_/'),
    email: l.email?.replace('@', '_@'),
  }));
}

export function importApi(seed: (leads: number, name?: string) => Promise<unknown>) {
  let csvBytes: Uint8Array | undefined;
  let csvRows: LeadRow[] = [];
  let run = 0;

  /** A spreadsheet of `rows` new people, as our own CSV export writes it (UTF-8 with BOM). */
  function prepareCsv(rows: number): number {
    const leads = newPeople(rows);
    csvBytes = new TextEncoder().encode(`\uFEFF${leadsToCsv(leads)}`);
    csvRows = leads.map((l) => rowOf(l, [creationEvent(l, NOW)]));
    return csvBytes.length;
  }

  /**
   * A database of its own for the next import (same schema and code as the
   * extension's), empty or seeded with `leads` leads, made before the clock
   * starts and deleted after it stops: clearing one store between runs would
   * leave the next import paying for the clean-up of the rows just deleted.
   */
  async function prepareDb(leads: number): Promise<string> {
    const name = `embudo-bench-import-${run++}`;
    if (leads > 0) await seed(leads, name);
    else {
      const db = openDb(name);
      await db.open();
      db.close();
    }
    return name;
  }

  /** CSV import of the prepared file into the named database: decode, parse, map, check, write. */
  async function importCsv(name: string): Promise<{ ms: number; added: number; conflicts: number }> {
    if (!csvBytes) throw new Error('no CSV prepared');
    const db = openDb(name);
    await db.open();
    const t0 = performance.now();
    const decoded = decodeCsvBytes(csvBytes);
    if (!decoded.ok) throw new Error(`CSV not decoded: ${decoded.issue}`);
    const parsed = parseCsvText(decoded.text);
    if (!parsed.ok) throw new Error('CSV did not parse');
    const table = parsed.table;
    const ctx = {
      settings: DEFAULT_SETTINGS,
      decimalComma: table.delimiter === ';',
      now: NOW,
      newId: () => crypto.randomUUID(),
    };
    const checked = await checkRows(table, suggestMapping(table.headers), ctx);
    const plan = await applyCsvImport(db, checked.valid, NOW);
    const ms = performance.now() - t0;
    await db.delete();
    return { ms, added: plan.added.length, conflicts: plan.conflicts.length };
  }

  /** The import's floor: the same records written with bare IndexedDB calls into a fresh database. */
  async function rawWriteCsv(): Promise<number> {
    const db = openDb(await prepareDb(0));
    await db.open();
    const ms = await rawWrite(db, csvRows);
    await db.delete();
    return ms;
  }

  return { prepareCsv, prepareDb, importCsv, rawWriteCsv };
}
