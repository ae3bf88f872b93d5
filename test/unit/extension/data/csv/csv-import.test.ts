import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CsvProgress, checkRows } from '../../../../../extension/data/csv/csv-check';
import { leadsToCsv } from '../../../../../extension/data/csv/csv-export';
import { applyCsvImport, planCsvImport } from '../../../../../extension/data/csv/csv-import';
import { suggestMapping } from '../../../../../extension/data/csv/csv-mapping';
import { type CsvTable, parseCsvText, type RowError } from '../../../../../extension/data/csv/csv-parse';
import type { RowContext } from '../../../../../extension/data/csv/csv-row';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import { eventsOfRows, rowOf } from '../../../../../extension/data/leads/lead-rows';
import { describeProblem } from '../../../../../shared/files/file-problems';
import type { Lead } from '../../../../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { generatePipeline } from '../../../../support/generate-pipeline';
import { dumpDb, failNext } from '../data-helpers';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`csv-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const table = (csv: string): CsvTable => {
  const r = parseCsvText(csv);
  if (!r.ok) throw new Error('not a table');
  return r.table;
};
const ctxFor = (t: CsvTable, now = T0): RowContext => {
  let id = 0;
  return { settings: DEFAULT_SETTINGS, decimalComma: t.delimiter === ';', now, newId: () => `csv-${id++}` };
};
const check = async (csv: string, onProgress?: (p: CsvProgress) => void) => {
  const t = table(csv);
  return checkRows(t, suggestMapping(t.headers), ctxFor(t), onProgress);
};
const describeErrors = (errors: RowError[]) =>
  errors.map((e) => `${e.row} ${e.problems.map(describeProblem).join('; ')}`);

describe('checkRows', () => {
  it('reads a Spanish Excel sheet into whole leads', async () => {
    const { valid, errors } = await check(
      'Nombre;Apellidos;Correo electrónico;Empresa;Etapa;Estado;Valor;Fecha del siguiente paso\r\n' +
        'Martín;Núñez;Martin@Ejemplo.es;Logística Sur;Consideración;abierto;1.234,50;5/12/2026\r\n',
    );
    expect(errors).toEqual([]);
    expect(valid[0]?.lead).toMatchObject({
      id: 'csv-0',
      name: 'Martín Núñez',
      email: 'martin@ejemplo.es',
      company: 'Logística Sur',
      stage: 'consideration',
      status: 'open',
      value: 1234.5,
      currency: 'EUR',
      nextStepDue: '2026-12-05',
      source: 'import',
      kind: 'person',
      createdAt: T0,
    });
    expect(valid[0]?.provided).not.toContain('stageChangedAt');
  });

  it('lists every bad row with what is wrong, and keeps the good ones', async () => {
    const { valid, errors } = await check(
      'Name,Email,Stage,Value,Website\n' +
        'Ana,ana@x.es,Interest,10,\n' +
        'Luis,nope,Interest,,\n' +
        ',sin@nombre.es,,,\n' +
        'Marta,marta@x.es,Negotiation,lots,javascript:alert(1)\n' +
        'Ana again,ANA@x.es,,,\n',
    );
    expect(valid.map((v) => v.lead.name)).toEqual(['Ana']);
    expect(describeErrors(errors)).toEqual([
      '3 email: not an email',
      '4 name: is empty',
      '5 stage: not a stage: "Negotiation"; value: not an amount: "lots"; website: not an http(s) URL',
      '6 same person as row 2',
    ]);
  });

  it('reports progress chunk by chunk on a large file', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => `P${i},p${i}@x.es`).join('\n');
    const seen: CsvProgress[] = [];
    const { valid } = await check(`Name,Email\n${rows}\n`, (p) => seen.push(p));
    expect(valid).toHaveLength(4500);
    expect(seen.map((p) => p.done)).toEqual([1000, 2000, 3000, 4000, 4500]);
    expect(seen.every((p) => p.total === 4500 && p.phase === 'checking')).toBe(true);
  });
});

describe('planCsvImport / applyCsvImport', () => {
  it('adds new leads with their first stage event, in one go', async () => {
    const { valid } = await check(
      'Name,Email,Stage,Status\nAna,ana@x.es,Decision,open\nLuis,luis@x.es,,lost\n',
    );
    const progress: string[] = [];
    await db.meta.put({ key: 'pipeline-summary', value: { version: 1 } });
    const plan = await applyCsvImport(db, valid, T0, (p) => progress.push(p.phase));
    expect(plan.added).toHaveLength(2);
    expect(await db.meta.get('pipeline-summary')).toBeUndefined();
    expect(progress).toEqual(['writing', 'done']);
    const events = eventsOfRows(await db.leads.toArray());
    expect(events).toHaveLength(2);
    expect(events).toMatchObject([
      { leadId: 'csv-0', fromStage: null, toStage: 'decision', toStatus: 'open', at: T0 },
      { leadId: 'csv-1', fromStage: null, toStage: 'awareness', toStatus: 'lost', at: T0 },
    ]);
  });

  it('updates a lead already stored (by LinkedIn URL or email), keeping replaced values; stage untouched', async () => {
    const { lead } = await saveCandidate(db, {
      kind: 'person',
      name: 'Jane Roe',
      company: 'Acme',
      linkedinUrl: 'https://www.linkedin.com/in/jane-roe/',
      source: 'linkedin',
      provenance: {
        pageUrl: 'https://www.linkedin.com/in/jane-roe/',
        capturedAt: T0,
        extractor: { id: 'linkedin-profile', version: 1 },
        confidence: {},
      },
    });
    const { valid } = await check(
      'Name,LinkedIn URL,Company,Stage,Notes\nJane Roe,https://es.linkedin.com/in/Jane-Roe?trk=x,Acme Iberia,Purchase,Met at fair\n',
    );
    const plan = await applyCsvImport(db, valid, T0 + 1000);
    expect([plan.added.length, plan.updated.length]).toEqual([0, 1]);
    const stored = (await db.leads.get(lead.id)) as Lead;
    expect(stored).toMatchObject({ company: 'Acme Iberia', notes: 'Met at fair', stage: 'awareness' });
    expect(stored.changes).toEqual([{ field: 'company', previous: 'Acme', at: T0 + 1000, by: 'csv-import' }]);
    // The same file again: nothing to change.
    const again = await planCsvImport(db, valid, T0 + 2000);
    expect([again.added.length, again.updated.length, again.unchanged]).toEqual([0, 0, 1]);
  });

  it('lists a row that matches two different stored leads and imports the rest', async () => {
    const { leads } = generatePipeline({ leads: 2, now: T0 });
    await db.leads.bulkAdd(leads.map((l) => rowOf(l, [])));
    const [a, b] = leads as [Lead, Lead];
    const { valid } = await check(
      `Name,LinkedIn URL,Email\nMix,${a.linkedinUrl},${b.email}\nNew Person,,new@x.es\n`,
    );
    const plan = await applyCsvImport(db, valid, T0);
    expect(describeErrors(plan.conflicts)).toEqual([`2 matches two stored leads: ${a.name} / ${b.name}`]);
    expect(plan.added.map((l) => l.name)).toEqual(['New Person']);
    expect(await db.leads.count()).toBe(3);
  });

  it('round-trips its own export: a fresh browser gets the same people; re-import changes nothing', async () => {
    const { leads } = generatePipeline({ leads: 40, now: T0 });
    for (const delimiter of [',', ';'] as const) {
      const target = openDb(`csv-roundtrip-${delimiter}`);
      const t = table(leadsToCsv(leads, { delimiter }));
      const { valid, errors } = await checkRows(t, suggestMapping(t.headers), ctxFor(t));
      expect(errors).toEqual([]);
      await applyCsvImport(target, valid, T0);
      const stored = await target.leads.toArray();
      const fields = (l: Lead) => [
        l.id,
        l.name,
        l.email,
        l.linkedinUrl,
        l.company,
        l.stage,
        l.status,
        l.value,
      ];
      expect(stored.map(fields)).toEqual(leads.map(fields));
      const before = await dumpDb(target);
      const again = await applyCsvImport(target, valid, T0 + 5);
      expect(again.unchanged).toBe(40);
      expect(await dumpDb(target)).toEqual(before);
      await target.delete();
    }
  });

  it('leaves the database as it was when the write fails half-way', async () => {
    const { valid } = await check('Name,Email\nAna,ana@x.es\nLuis,luis@x.es\n');
    const before = await dumpDb(db);
    // The new leads (with their creation events) are written first; the summary invalidation comes after.
    failNext(db.meta, 'delete', Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    await expect(applyCsvImport(db, valid, T0)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await dumpDb(db)).toEqual(before);
  });

  // The 2 s target is timed by `npm run bench` in a real browser; fake-indexeddb is far slower
  // and this machine may be busy, so here only the counts are checked, with a generous time-out.
  it('imports 10,000 rows in one go, reporting progress chunk by chunk', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `Person ${i};p${i}@example.com;Company ${i % 50};Interest;${i},50`,
    );
    const csv = `Name;Email;Company;Stage;Value\n${rows.join('\n')}\n`;
    const t = table(csv);
    const updates: CsvProgress[] = [];
    const { valid, errors } = await checkRows(t, suggestMapping(t.headers), ctxFor(t), (p) =>
      updates.push(p),
    );
    const plan = await applyCsvImport(db, valid, T0, (p) => updates.push(p));
    expect(errors).toEqual([]);
    expect(plan.added).toHaveLength(10_000);
    expect(updates.length).toBeGreaterThanOrEqual(12);
  }, 120_000);
});
