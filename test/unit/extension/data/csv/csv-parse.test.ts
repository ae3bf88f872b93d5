import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../../../extension/data/csv/csv-decode';
import {
  mappingProblem,
  normalizeHeader,
  suggestMapping,
} from '../../../../../extension/data/csv/csv-mapping';
import { countLines, MAX_CSV_ROWS, parseCsvText } from '../../../../../extension/data/csv/csv-parse';
import {
  readAmount,
  readCurrency,
  readDate,
  readKind,
  readSource,
  readStatus,
  readText,
  readWebUrl,
  stageReader,
} from '../../../../../extension/data/csv/csv-values';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../../shared/model/settings';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], 'Nombre\nMartín'))).toEqual({
      ok: true,
      text: 'Nombre\nMartín',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(bytes('Nombre\nMartín'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Martín Núñez €" as Excel on Windows writes it.
    const cp1252 = [0x4d, 0x61, 0x72, 0x74, 0xed, 0x6e, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x20, 0x80];
    expect(decodeCsvBytes(Uint8Array.from(cp1252))).toEqual({
      ok: true,
      text: 'Martín Núñez €',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 files that start with a BOM', () => {
    const le = [0xff, 0xfe, ...[...'Año'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeCsvBytes(Uint8Array.from(le))).toEqual({ ok: true, text: 'Año', encoding: 'utf-16le' });
  });

  it('reads UTF-16 without a BOM by its NUL pattern, never as names full of NULs', () => {
    const text = 'Nombre;Email\nMartín;m@x.es\n';
    const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = Uint8Array.from([...text].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(decodeCsvBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses a file mixing UTF-8 and stray Windows-1252 bytes instead of garbling every name', () => {
    // "José" in UTF-8 on one row, a lone 0xE9 ("é" in Windows-1252) on the next.
    const mixed = bytes('Name\nJosé\nRen', [0xe9], '\n');
    expect(decodeCsvBytes(mixed)).toEqual({ ok: false, issue: 'mixed-encoding', at: 14 });
    // A UTF-8 BOM promises UTF-8: a stray byte after it is the same mix.
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], 'Ren', [0xe9]))).toMatchObject({
      issue: 'mixed-encoding',
    });
  });

  it('refuses bytes that are not text', () => {
    expect(decodeCsvBytes(bytes('PK', [3, 4, 0, 0, 0x14, 0, 6, 0], 'x'))).toEqual({
      ok: false,
      issue: 'not-text',
    });
  });
});

describe('parseCsvText', () => {
  it('detects , ; and tab, and keeps quoted separators and line breaks inside cells', () => {
    const comma = parseCsvText('Name,Notes\n"Gil, Ana","line 1\nline 2"\n');
    expect(comma).toMatchObject({ ok: true, table: { delimiter: ',', headers: ['Name', 'Notes'] } });
    expect(comma.ok && comma.table.rows).toEqual([{ row: 2, cells: ['Gil, Ana', 'line 1\nline 2'] }]);
    const semi = parseCsvText('\uFEFFNombre;Notas\r\nAna;"a; b"\r\n');
    expect(semi.ok && [semi.table.delimiter, semi.table.rows[0]?.cells]).toEqual([';', ['Ana', 'a; b']]);
    const tab = parseCsvText('Name\tEmail\nAna\ta@x.es\n');
    expect(tab.ok && tab.table.delimiter).toBe('\t');
  });

  it('numbers rows as the spreadsheet does and skips blank lines', () => {
    const r = parseCsvText('Name,Email\nAna,a@x.es\n\n,\nLuis,l@x.es\n');
    expect(r.ok && r.table.rows.map((x) => x.row)).toEqual([2, 5]);
  });

  it('sets aside a row with a broken quote or a different number of cells', () => {
    const r = parseCsvText('A;B\n1;2\n3,4\n5;6\n"7;8\n9;10\n');
    if (!r.ok) throw new Error('parse failed');
    expect(r.table.rows.map((x) => x.row)).toEqual([2, 4]);
    expect(r.table.broken.map((b) => [b.row, b.problems[0]?.code])).toEqual([
      [3, 'columns'],
      [5, 'quotes'],
    ]);
  });

  it('refuses an empty file', () => {
    expect(parseCsvText('')).toEqual({ ok: false, issue: 'empty' });
    expect(parseCsvText('\n\n')).toEqual({ ok: false, issue: 'empty' });
  });
});

describe('column mapping', () => {
  it('recognises our export, HubSpot, Pipedrive and Spanish headers', () => {
    expect(normalizeHeader(' Correo Electrónico ')).toBe('correoelectronico');
    expect(suggestMapping(['First name', 'Last name', 'Email', 'Company name', 'Job title'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'company',
      'headline',
    ]);
    expect(
      suggestMapping(['Person - Name', 'Person - Email', 'Organization - Name', 'Deal - Value']),
    ).toEqual(['name', 'email', 'company', 'value']);
    expect(
      suggestMapping(['Nombre', 'Apellidos', 'Correo electrónico', 'Empresa', 'Etapa', 'Teléfono']),
    ).toEqual(['firstName', 'lastName', 'email', 'company', 'stage', null]);
  });

  it('maps each field once and flags mappings that cannot work', () => {
    expect(suggestMapping(['Email', 'E-mail', 'Name'])).toEqual(['email', null, 'name']);
    expect(mappingProblem(['email', null])).toBe('no-name');
    expect(mappingProblem(['name', 'email', 'email'])).toBe('duplicate-field');
    expect(mappingProblem(['lastName', 'email'])).toBeUndefined();
  });
});

describe('cell readers', () => {
  it('reads amounts with the decimal mark of the file’s locale', () => {
    expect(readAmount('1.234,50', true)).toBe(1234.5);
    expect(readAmount('1,234.50', false)).toBe(1234.5);
    expect(readAmount('€ 980', true)).toBe(980);
    expect(readAmount('', true)).toBeUndefined();
    expect(readAmount('lots', false)).toBeNull();
    expect(readAmount('-5', false)).toBeNull();
  });

  it('reads stages by id, by name in either language and by the team’s own name', () => {
    const read = stageReader(SettingsSchema.parse({ stageNames: { en: { interest: 'Qualified' } } }));
    expect(['interest', 'Interés', 'INTERES', 'Qualified', 'Consideración', ''].map(read)).toEqual([
      'interest',
      'interest',
      'interest',
      'interest',
      'consideration',
      undefined,
    ]);
    expect(stageReader(DEFAULT_SETTINGS)('Negotiation')).toBeNull();
  });

  it('reads statuses, sources, dates, web addresses and neutralised text', () => {
    expect(['Won', 'perdida', 'abierto', 'maybe'].map(readStatus)).toEqual(['won', 'lost', 'open', null]);
    // Names of Object's own properties are text like any other, never a value found by accident.
    const hostile = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    expect(hostile.map(readStatus)).toEqual([null, null, null, null]);
    expect(hostile.map(readKind)).toEqual([null, null, null, null]);
    expect(hostile.map(stageReader(DEFAULT_SETTINGS))).toEqual([null, null, null, null]);
    expect(hostile.map(readCurrency)).toEqual(['CONSTRUCTOR', '__PROTO__', 'TOSTRING', 'HASOWNPROPERTY']);
    expect(readSource('LinkedIn')).toBe('linkedin');
    expect(readSource('Trade fair')).toBe('Trade fair');
    expect(readDate('2026-12-01', false)).toBe('2026-12-01');
    expect(readDate('1/12/2026', true)).toBe('2026-12-01');
    expect(readDate('1/12/2026', false)).toBeNull();
    expect(readWebUrl('acme.es/contacto')).toBe('https://acme.es/contacto');
    expect(readWebUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(readText(" '=1+1 ")).toBe('=1+1');
    expect(readText("'quoted")).toBe("'quoted");
  });
});

describe('row limit', () => {
  it('refuses a million short rows from the line count, before reading them all', () => {
    const text = `Name\n${'a\n'.repeat(1_000_000)}`;
    expect(countLines(text)).toBe(1_000_001);
    expect(parseCsvText(text)).toEqual({ ok: false, issue: 'too-many-rows', lines: 1_000_001 });
  }, 60_000);

  it('reads a file of exactly the limit, with or without a final line break', () => {
    const rows = 'Ana,a@x.es\n'.repeat(MAX_CSV_ROWS);
    for (const text of [`Name,Email\n${rows}`, `Name,Email\n${rows.slice(0, -1)}`]) {
      const r = parseCsvText(text);
      expect(r.ok && r.table.rows.length).toBe(MAX_CSV_ROWS);
    }
    expect(parseCsvText(`Name,Email\n${rows}Luis,l@x.es\n`)).toMatchObject({ issue: 'too-many-rows' });
  }, 60_000);

  it('does not count line breaks inside quoted cells against the limit', () => {
    const rows = '"Ana","line 1\nline 2"\n'.repeat(MAX_CSV_ROWS / 2 + 10);
    const r = parseCsvText(`Name,Notes\n${rows}`);
    expect(r.ok && r.table.rows.length).toBe(MAX_CSV_ROWS / 2 + 10);
  }, 60_000);
});
