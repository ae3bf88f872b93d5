import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContactFile, readContactFile } from '../../../../../extension/data/csv/contact-files';
import { checkRows } from '../../../../../extension/data/csv/csv-check';
import { applyCsvImport, planCsvImport } from '../../../../../extension/data/csv/csv-import';
import type { RowContext } from '../../../../../extension/data/csv/csv-row';
import { parseVCards } from '../../../../../extension/data/csv/vcard-parse';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { saveCandidate } from '../../../../../extension/data/leads/lead-repository';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { dumpDb, failNext } from '../data-helpers';

const DIR = join(import.meta.dirname, '../../../../fixtures/contacts');
const file = (name: string) => readFileSync(join(DIR, name), 'utf8');
const T0 = Date.UTC(2026, 11, 6, 9);

function opened(name: string): Extract<ContactFile, { ok: true }> {
  const f = readContactFile(name, file(name));
  if (!f.ok) throw new Error(`${name} did not read`);
  return f;
}

async function checked(name: string) {
  const f = opened(name);
  let id = 0;
  const ctx: RowContext = {
    settings: DEFAULT_SETTINGS,
    decimalComma: false,
    now: T0,
    newId: () => `f-${id++}`,
  };
  return checkRows(f.table, f.mapping, ctx);
}

describe('vCard parser', () => {
  it('reads v3 cards as Google Contacts writes them: escapes, folded lines, N and FN, ORG units', () => {
    const [jose, lorena] = parseVCards(file('google-contacts-v3.vcf'));
    expect(jose).toMatchObject({
      card: 1,
      name: 'José Ñúñez Ibáñez',
      email: 'jose.nunez@frigorificos-ebro.example',
      company: 'Frigoríficos Ebro, S.A., Compras',
      title: 'Director de Compras, Zona Norte',
      location: 'Zaragoza, Aragón, España',
      linkedinUrl: 'https://www.linkedin.com/in/jose-nunez-ibanez-3a9f01',
    });
    expect(jose?.notes).toBe(
      'Tel: +34 600 000 111\nConocido en la feria de Fruit Attraction.\nInteresado en cámaras modulares para 2025.',
    );
    expect(lorena).toMatchObject({
      name: 'Lorena Vidal',
      email: 'lorena.vidal@acme-corp.example',
      company: 'Acme Corp, Inc.',
      website: 'https://acme-corp.example',
    });
  });

  it('reads v4 (Outlook) and v2.1 quoted-printable UTF-8 (phones), CRLF and soft line breaks', () => {
    const [rocio, inaki] = parseVCards(file('outlook-v4.vcf'));
    expect(rocio).toMatchObject({ name: 'Rocío Paredes Gil', company: 'Cerámicas Alba S.L.' });
    expect(rocio?.notes).toBe('Tel: tel:+34-956-000-222');
    expect(inaki).toMatchObject({
      name: 'Iñaki Otxoa',
      linkedinUrl: 'https://www.linkedin.com/in/inaki-otxoa',
    });
    expect(inaki?.email).toBeUndefined();
    expect(parseVCards(file('phone-v21.vcf'))).toMatchObject([
      {
        name: 'Nuria Ibáñez de la Peña Martínez',
        email: 'nuria.ibanez@example.es',
        notes: 'Tel: +34611000333',
      },
    ]);
  });

  it('builds the name from N when FN is missing, and ignores text outside cards', () => {
    const cards = parseVCards('junk\nBEGIN:VCARD\nVERSION:3.0\nN:Campos;Laura;;;\nEND:VCARD\nmore junk');
    expect(cards).toMatchObject([{ card: 1, name: 'Laura Campos' }]);
    expect(parseVCards('not a vcard')).toEqual([]);
  });
});

describe('contact files through the CSV flow', () => {
  let db: EmbudoDb;
  let n = 0;
  beforeEach(async () => {
    db = openDb(`contact-files-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('LinkedIn Connections.csv: notes skipped, columns mapped, source linkedin, date kept as a note', async () => {
    const f = opened('Connections.csv');
    expect(f.kind).toBe('linkedin-connections');
    expect(f.table.rows[0]?.row).toBe(5); // the file's own line: 3 lines of notes, then the header
    const { valid, errors } = await checked('Connections.csv');
    expect(errors).toEqual([]);
    expect(valid.map((r) => r.lead)).toMatchObject([
      {
        name: 'José Ñúñez Ibáñez',
        company: 'Frigoríficos Ebro, S.A.',
        headline: 'Director de Compras, Zona Norte',
        linkedinUrl: 'https://www.linkedin.com/in/jose-nunez-ibanez-3a9f01/',
        source: 'linkedin',
        notes: 'LinkedIn connection since 2024-03-14',
      },
      { name: 'María Ángeles de la Fuente', email: 'mafuente@datalia.example', source: 'linkedin' },
      { name: 'Tomás Garrido', linkedinUrl: 'https://www.linkedin.com/in/tomas-garrido-77/' },
      {
        name: 'Iñaki Otxoa',
        headline: 'Head of Sales, Iberia',
        notes: 'LinkedIn connection since 2025-07-07',
      },
    ]);
    expect(valid[0]?.lead.email).toBeUndefined();
  });

  it('dedupes against stored leads by LinkedIn URL and by email, and updates them', async () => {
    const stored = (over: object) =>
      saveCandidate(
        db,
        {
          kind: 'person',
          source: 'linkedin',
          provenance: {
            pageUrl: 'https://www.linkedin.com/',
            capturedAt: T0,
            extractor: { id: 'linkedin-profile', version: 1 },
            confidence: {},
          },
          ...over,
        } as Parameters<typeof saveCandidate>[1],
        T0,
      );
    await stored({ name: 'Tomás Garrido', linkedinUrl: 'https://www.linkedin.com/in/tomas-garrido-77/' });
    await stored({ name: 'M. Á. de la Fuente', email: 'mafuente@datalia.example' });
    const plan = await planCsvImport(db, (await checked('Connections.csv')).valid, T0);
    expect(plan.added.map((l) => l.name)).toEqual(['José Ñúñez Ibáñez', 'Iñaki Otxoa']);
    expect(plan.updated.map((l) => l.name)).toEqual(['María Ángeles de la Fuente', 'Tomás Garrido']);
  });

  it('a vCard file and a Connections.csv naming the same people add each person once', async () => {
    await applyCsvImport(db, (await checked('google-contacts-v3.vcf')).valid, T0);
    const plan = await planCsvImport(db, (await checked('Connections.csv')).valid, T0 + 1);
    // José shares his LinkedIn URL with the vCard; the other three are new.
    expect(plan.updated.map((l) => l.name)).toEqual(['José Ñúñez Ibáñez']);
    expect(plan.added).toHaveLength(3);
  });

  it('all or nothing: a failed write leaves the database as it was', async () => {
    const { valid } = await checked('outlook-v4.vcf');
    const before = await dumpDb(db);
    failNext(db.meta, 'delete', Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    await expect(applyCsvImport(db, valid, T0)).rejects.toThrow();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a file with no cards and no header is refused', () => {
    expect(readContactFile('empty.vcf', 'BEGIN:VCARD\n')).toEqual({ ok: false, issue: 'empty' });
  });
});
