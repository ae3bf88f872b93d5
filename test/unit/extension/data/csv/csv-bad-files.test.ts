import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../../extension/data/csv/csv-decode';
import { applyCsvImport } from '../../../../../extension/data/csv/csv-import';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { LeadSchema } from '../../../../../shared/model/lead';
import { BAD_FILES, type Outcome, outcomeOf } from '../bad-files-run';

const expected = JSON.parse(readFileSync(`${BAD_FILES}/expected.json`, 'utf8')) as Record<string, Outcome>;
const files = readdirSync(BAD_FILES).filter((f) => f.endsWith('.csv'));
const T0 = Date.UTC(2026, 10, 2, 9);

let n = 0;
let db: EmbudoDb;
beforeAll(async () => {
  db = openDb(`bad-csv-${n++}`);
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

describe('bad CSV files', () => {
  it('every file in the corpus has its expected outcome written down', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) expect(expected, f).toHaveProperty([f]);
  });

  for (const file of files) {
    it(`${file}: bad rows listed and skipped, good rows imported whole`, async () => {
      await db.leads.clear();
      const { rows, ...outcome } = await outcomeOf(db, file);
      expect(outcome).toEqual(expected[file]);
      if (!rows) return;
      const plan = await applyCsvImport(db, rows, T0);
      const stored = await db.leads.toArray();
      expect(stored).toHaveLength(plan.added.length);
      expect(stored).toHaveLength(outcome.imported as number);
      for (const lead of stored) expect(LeadSchema.safeParse(lead).success).toBe(true);
    });
  }

  it('keeps Windows-1252 accents and Spanish number formats', async () => {
    await db.leads.clear();
    const { rows } = await outcomeOf(db, 'csv-windows-1252.csv');
    expect(rows?.map((r) => [r.lead.name, r.lead.company, r.lead.stage, r.lead.value])).toEqual([
      ['Martín Núñez Peña', 'Logística Sur', 'interest', 1234.5],
      ['Sofía Ibáñez', 'Compañía Ñandú', 'consideration', 980],
    ]);
  });

  it('keeps hostile markup as plain text and never as a link', async () => {
    const { rows } = await outcomeOf(db, 'csv-hostile.csv');
    expect(rows?.[0]?.lead).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
      company: '=HYPERLINK("http://evil.example")',
    });
  });

  it('refuses a 50 MB CSV before reading it, with a clear reason', async () => {
    const line = 'Ana García,ana@example.com,Acme,Interest\n';
    const file = new Blob([
      'Name,Email,Company,Stage\n',
      line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)),
    ]);
    expect(file.size).toBeGreaterThan(50 * 1024 * 1024);
    expect(await readCsvFile(file)).toEqual({ ok: false, issue: 'too-large' });
    expect(await db.leads.count()).toBe(0);
  });
});
