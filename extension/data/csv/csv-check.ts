import { problem } from '../../../shared/files/file-problems';
import { leadKeys } from '../backup/import-keys';
import type { CsvMapping } from './csv-mapping';
import type { CsvTable, RowError } from './csv-parse';
import { type RowContext, type RowLead, rowReader } from './csv-row';

export interface CsvProgress {
  phase: 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}
export type OnProgress = (p: CsvProgress) => void;

export interface CheckedRows {
  valid: RowLead[];
  /** Every row that will not be imported, in file order: broken, invalid or a repeat of an earlier row. */
  errors: RowError[];
}

/** Rows checked between two yields to the page: small enough to keep the progress bar moving. */
const CHUNK_ROWS = 1000;
/**
 * Lets the page handle input and paint the progress bar, then carries on. A
 * message to ourselves is a task like a timer, but a nested `setTimeout(0)` is
 * held back to 4 ms per call by the browser, which ten chunks would pay for nothing.
 */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Reads every data row into a lead (pure: no database), in chunks with a yield
 * between them so the page stays responsive and the progress bar moves. A row
 * naming the same person (id, LinkedIn URL or email) as an earlier row is listed, not merged.
 */
export async function checkRows(
  table: CsvTable,
  mapping: CsvMapping,
  ctx: RowContext,
  onProgress?: OnProgress,
): Promise<CheckedRows> {
  const read = rowReader(mapping, ctx);
  const valid: RowLead[] = [];
  const errors: RowError[] = [...table.broken];
  const firstRow = new Map<string, number>();
  const total = table.rows.length;
  for (let start = 0; start < total; start += CHUNK_ROWS) {
    for (const row of table.rows.slice(start, start + CHUNK_ROWS)) {
      const r = read(row);
      if (!r.ok) {
        errors.push(r.error);
        continue;
      }
      const keys = [
        ...leadKeys(r.value.lead),
        ...(r.value.provided.includes('id') ? [`id:${r.value.lead.id}`] : []),
      ];
      const earlier = keys.map((k) => firstRow.get(k)).find((n) => n !== undefined);
      if (earlier !== undefined) {
        const p = problem('', 'repeated', `same person as row ${earlier}`, [String(earlier)]);
        errors.push({ row: row.row, problems: [p] });
        continue;
      }
      for (const k of keys) firstRow.set(k, row.row);
      valid.push(r.value);
    }
    onProgress?.({ phase: 'checking', done: Math.min(total, start + CHUNK_ROWS), total });
    if (start + CHUNK_ROWS < total) await yieldToPage();
  }
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors };
}
