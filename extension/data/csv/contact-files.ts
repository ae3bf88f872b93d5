import { type CsvMapping, suggestMapping } from './csv-mapping';
import { type CsvParse, type CsvTable, parseCsvText } from './csv-parse';
import { parseVCards } from './vcard-parse';

/**
 * Files reps already have, turned into the table the CSV flow maps, previews,
 * checks and writes (so dedupe and all-or-nothing are the same code):
 * - a vCard file (`.vcf`, one or many cards);
 * - LinkedIn's `Connections.csv` ("Get a copy of your data"): a few lines of
 *   notes, then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`;
 * - any other CSV, as it is.
 */
export type ContactFileKind = 'csv' | 'linkedin-connections' | 'vcard';
export type ContactFile =
  | { ok: true; kind: ContactFileKind; table: CsvTable; mapping: CsvMapping }
  | Extract<CsvParse, { ok: false }>;

/** Our own column names: `suggestMapping` knows them all. */
const VCARD_HEADERS = [
  'Name',
  'Email',
  'Company name',
  'Job title',
  'Location',
  'LinkedIn URL',
  'Website URL',
  'Notes',
];
const CONNECTIONS_HEADER = /^first name,last name,url,email address,company,position,connected on\s*$/im;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readContactFile(fileName: string, text: string): ContactFile {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.vcf$/i.test(fileName) || /^\s*BEGIN:VCARD/i.test(body)) return vcardTable(body);
  const header = CONNECTIONS_HEADER.exec(body);
  if (header) return connectionsTable(body, header.index);
  return withMapping('csv', parseCsvText(body));
}

function withMapping(kind: ContactFileKind, parsed: CsvParse): ContactFile {
  return parsed.ok
    ? { ok: true, kind, table: parsed.table, mapping: suggestMapping(parsed.table.headers) }
    : parsed;
}

function vcardTable(text: string): ContactFile {
  const contacts = parseVCards(text);
  if (contacts.length === 0) return { ok: false, issue: 'empty' };
  const rows = contacts.map((c) => ({
    // Row numbers say which card: the header stands for row 1, as in a sheet.
    row: c.card + 1,
    cells: [c.name, c.email, c.company, c.title, c.location, c.linkedinUrl, c.website, c.notes].map(
      (v) => v ?? '',
    ),
  }));
  return withMapping('vcard', {
    ok: true,
    table: { delimiter: ',', headers: VCARD_HEADERS, rows, broken: [] },
  });
}

/**
 * The notes above the header are dropped (row numbers still match the file); URL is
 * the LinkedIn profile; every row's source is `linkedin`; "Connected On" (`12 May 2023`)
 * becomes a dated note, the day the rep met them there.
 */
function connectionsTable(text: string, headerAt: number): ContactFile {
  const skipped = text.slice(0, headerAt).split('\n').length - 1;
  const parsed = parseCsvText(text.slice(headerAt));
  if (!parsed.ok) return parsed;
  const { table } = parsed;
  const connected = table.headers.findIndex((h) => /^connected on$/i.test(h));
  const shift = <R extends { row: number }>(r: R): R => ({ ...r, row: r.row + skipped });
  const out: CsvTable = {
    ...table,
    headers: [...table.headers.map((h) => (/^url$/i.test(h) ? 'LinkedIn URL' : h)), 'Source', 'Notes'],
    rows: table.rows.map((r) => {
      const on = isoDay(r.cells[connected] ?? '');
      return shift({ ...r, cells: [...r.cells, 'linkedin', on ? `LinkedIn connection since ${on}` : ''] });
    }),
    broken: table.broken.map(shift),
  };
  const mapping = suggestMapping(out.headers);
  mapping[connected] = null;
  return { ok: true, kind: 'linkedin-connections', table: out, mapping };
}

/** "12 May 2023" (or "12-May-23") → "2023-05-12"; '' when it is not such a date. */
function isoDay(raw: string): string {
  const m = /^(\d{1,2})[\s-]([a-z]{3})[a-z]*[\s-](\d{2}|\d{4})$/i.exec(raw.trim());
  const month = m ? MONTHS.indexOf((m[2] as string).toLowerCase()) + 1 : 0;
  if (!m || !month) return '';
  const year = (m[3] as string).length === 2 ? `20${m[3]}` : (m[3] as string);
  return `${year}-${String(month).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
}
