import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvFileName,
  leadsToCsv,
  neutralizeCell,
} from '../../../../../extension/data/csv/csv-export';
import { suggestMapping } from '../../../../../extension/data/csv/csv-mapping';
import { SettingsSchema } from '../../../../../shared/model/settings';
import { generatePipeline } from '../../../../support/generate-pipeline';

const T0 = Date.UTC(2026, 10, 2, 9);
const { leads } = generatePipeline({ leads: 20, now: T0 });
const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('writes a BOM, a header row HubSpot and Pipedrive recognise, CRLF, one row per lead', () => {
    const csv = leadsToCsv(leads);
    expect(csv.startsWith('\uFEFFEmbudo ID,Name,First name,Last name,Email,Company name,Job title,')).toBe(
      true,
    );
    expect(csv.split('\r\n')).toHaveLength(leads.length + 2);
    const [header, ...rows] = parse(csv);
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.header));
    const lead = leads[0];
    const row = Object.fromEntries((header as string[]).map((h, i) => [h, rows[0]?.[i]]));
    expect(row).toMatchObject({
      'Embudo ID': lead?.id,
      Name: lead?.name,
      Email: lead?.email,
      'LinkedIn URL': lead?.linkedinUrl,
      Status: lead?.status,
      Value: String(lead?.value),
      Created: new Date(lead?.createdAt as number).toISOString().slice(0, 10),
    });
    expect(`${row['First name']} ${row['Last name']}`).toBe(lead?.name);
  });

  it('exports a company’s industry in its own column (empty when unknown)', () => {
    const base = leads[0] as (typeof leads)[number];
    const [header, row] = parse(leadsToCsv([{ ...base, industry: 'Hospitals and Health Care' }]));
    expect(row?.[(header as string[]).indexOf('Industry')]).toBe('Hospitals and Health Care');
    const [, plain] = parse(leadsToCsv([{ ...base, industry: undefined }]));
    expect(plain?.[(header as string[]).indexOf('Industry')]).toBe('');
  });

  it('every exported column maps back on import', () => {
    expect(suggestMapping(CSV_COLUMNS.map((c) => c.header)).filter((f) => f === null)).toEqual([
      null, // Created: the import dates new leads at import time
    ]);
  });

  it('writes stage names in the chosen language, with the team’s own names', () => {
    const settings = SettingsSchema.parse({ stageNames: { es: { interest: 'Cualificado' } } });
    const lead = { ...(leads[0] as (typeof leads)[0]), stage: 'interest' as const };
    expect(parse(leadsToCsv([lead], { lang: 'es', settings }))[1]).toContain('Cualificado');
    expect(parse(leadsToCsv([lead]))[1]).toContain('Interest');
  });

  it('uses ; and a decimal comma for a Spanish Excel', () => {
    const lead = { ...(leads[0] as (typeof leads)[0]), value: 1234.5, name: 'Núñez; Peña' };
    const csv = leadsToCsv([lead], { delimiter: ';' });
    const [, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(row).toContain('1234,5');
    expect(row).toContain('Núñez; Peña');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+34 600', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralizeCell(bad)).toBe(`'${bad}`);
    }
    expect(neutralizeCell('Ana = Bea')).toBe('Ana = Bea');
    const hostile = {
      ...(leads[0] as (typeof leads)[0]),
      name: '=HYPERLINK("http://evil.example","click")',
      notes: "@cmd|' /C calc'!A0",
    };
    const [, row] = parse(leadsToCsv([hostile]));
    expect(row?.[1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row?.find((c) => c.includes('cmd'))).toBe("'@cmd|' /C calc'!A0");
    expect(row?.every((c) => !/^[=+\-@]/.test(c))).toBe(true);
  });

  it('never throws on a time stored before times were bounded: the cell is empty', () => {
    const lead = { ...(leads[0] as (typeof leads)[number]), createdAt: 8.7e15, updatedAt: -1 };
    const rows = parse(leadsToCsv([lead]));
    expect(rows).toHaveLength(2);
  });

  it('names files by date', () => {
    expect(csvFileName(T0)).toBe('embudo-leads-2026-11-02.csv');
  });
});
