import { readFileSync } from 'node:fs';
import { checkBackupFile } from '../../../../extension/data/backup/backup';
import { checkRows } from '../../../../extension/data/csv/csv-check';
import { decodeCsvBytes } from '../../../../extension/data/csv/csv-decode';
import { planCsvImport } from '../../../../extension/data/csv/csv-import';
import { mappingProblem, suggestMapping } from '../../../../extension/data/csv/csv-mapping';
import { parseCsvText } from '../../../../extension/data/csv/csv-parse';
import type { RowLead } from '../../../../extension/data/csv/csv-row';
import type { EmbudoDb } from '../../../../extension/data/db';
import { describeProblem } from '../../../../shared/files/file-problems';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';

export const BAD_FILES = 'test/fixtures/bad-files';

/** What the data screen would tell the rep about one file: the outcome in plain words. */
export interface Outcome {
  refused?: string;
  encoding?: string;
  delimiter?: string;
  imported?: number;
  /** Times later than the file that were set back to its export time. */
  clamped?: number;
  problems: string[];
}

const T0 = Date.UTC(2026, 10, 2, 9);
/** The clock backup files are read at: after every file in the corpus was written. */
export const READ_NOW = Date.UTC(2026, 11, 1);

/** Runs a file through the same steps as the data screen, up to (not including) the write. */
export async function outcomeOf(db: EmbudoDb, file: string): Promise<Outcome & { rows?: RowLead[] }> {
  const bytes = readFileSync(`${BAD_FILES}/${file}`);
  if (file.endsWith('.json')) {
    const check = await checkBackupFile(new Blob([bytes]), READ_NOW);
    if (check.ok) {
      const clamped = check.clamped.count ? { clamped: check.clamped.count } : {};
      return { problems: [], imported: check.backup.leads.length, ...clamped };
    }
    return {
      refused: check.issue,
      problems: check.problems.map(describeProblem),
    };
  }
  const decoded = decodeCsvBytes(new Uint8Array(bytes));
  if (!decoded.ok) return { refused: decoded.issue, problems: [] };
  const { text, encoding } = decoded;
  const parsed = parseCsvText(text);
  if (!parsed.ok) return { refused: parsed.issue, encoding, problems: [] };
  const mapping = suggestMapping(parsed.table.headers);
  const wrongMapping = mappingProblem(mapping);
  if (wrongMapping) return { refused: wrongMapping, encoding, problems: [] };
  let id = 0;
  const ctx = {
    settings: DEFAULT_SETTINGS,
    decimalComma: parsed.table.delimiter === ';',
    now: T0,
    newId: () => `row-${id++}`,
  };
  const { valid, errors } = await checkRows(parsed.table, mapping, ctx);
  const plan = await planCsvImport(db, valid, T0);
  return {
    encoding,
    delimiter: parsed.table.delimiter,
    imported: plan.added.length + plan.updated.length,
    rows: valid,
    problems: [...errors, ...plan.conflicts].map(
      (e) => `row ${e.row}: ${e.problems.map(describeProblem).join('; ')}`,
    ),
  };
}
