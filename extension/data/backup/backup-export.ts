import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../shared/model/backup';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { EmbudoDb, LeadRow } from '../db';
import { loadSettings } from '../settings/settings-repository';

/**
 * The backup file, as the data screen saves it. Records were validated when
 * written; checking 600,000 objects again here would blow the 3 s budget. Each lead's history comes out of its own record
 * and goes to the file's `stageEvents` list (the file format predates schema
 * v2 and does not change with it).
 */

type Head = Omit<Backup, 'leads' | 'stageEvents' | 'reviews'>;

async function readHead(db: EmbudoDb, opts: { now?: number; owner?: string }): Promise<Head> {
  const owner = opts.owner?.trim().slice(0, 100);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(opts.now ?? Date.now()).toISOString(),
    ...(owner ? { owner } : {}),
    settings: await loadSettings(db),
  };
}

const CHUNK = 5000;
/** JSON of a list's items without the brackets, in chunks: never one string of a hundred megabytes. */
function items(list: readonly unknown[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += CHUNK)
    out.push(JSON.stringify(list.slice(i, i + CHUNK)).slice(1, -1));
  return out;
}

/** The file in pieces for a Blob, from fields already turned into non-empty item chunks. */
function assemble(head: Head, leads: Blob[], events: Blob[], reviews: string[]): BlobPart[] {
  const list = (name: string, chunks: BlobPart[]) => [
    `,${JSON.stringify(name)}:[`,
    ...chunks.flatMap((c, i) => (i ? [',', c] : [c])),
    ']',
  ];
  // The small fields come first so the file says what it is at the top.
  return [
    JSON.stringify(head).slice(0, -1),
    ...list('leads', leads),
    ...list('stageEvents', events),
    ...list('reviews', reviews),
    '}',
  ];
}

const PAGE = 10_000;

/** A page's items as one Blob (the text is encoded now, while IndexedDB reads the next page). */
const pageBlob = (list: readonly unknown[]) => new Blob(items(list).flatMap((c, i) => (i ? [',', c] : [c])));

/**
 * The backup file straight from the database, in one read transaction. Leads
 * are read in pages of primary-key ranges, all asked for at once: while
 * IndexedDB reads a page, the page before it is turned into JSON, so reading
 * and writing the file overlap instead of adding up (see README, Performance).
 * Pages are dropped once written, so peak memory is the file plus a page of
 * records, not every record at once.
 */
export async function backupFile(
  db: EmbudoDb,
  opts: {
    now?: number;
    owner?: string;
    pageSize?: number;
    /** Leads written so far, after each page: the data screen's progress bar. */
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ blob: Blob; leads: number }> {
  return db.transaction('r', db.leads, db.reviews, db.meta, async () => {
    const keys = (await db.leads.toCollection().primaryKeys()) as string[];
    const size = opts.pageSize ?? PAGE;
    const starts = keys.filter((_, i) => i % size === 0);
    const leads: Blob[] = [];
    const events: Blob[] = [];
    let done = 0;
    const pages = starts.map(async (from, i) => {
      const to = starts[i + 1];
      const range =
        to === undefined
          ? db.leads.where(':id').aboveOrEqual(from)
          : db.leads.where(':id').between(from, to, true, false);
      const rows: LeadRow[] = await range.toArray();
      const history: StageEvent[] = [];
      for (const row of rows) {
        for (const e of row.events) history.push(e);
        // These records are ours alone: dropping the history in place (JSON leaves out
        // undefined) spares a copy of every lead.
        (row as Partial<LeadRow>).events = undefined;
      }
      if (rows.length) leads[i] = pageBlob(rows);
      if (history.length) events[i] = pageBlob(history);
      done += rows.length;
      opts.onProgress?.(done, keys.length);
    });
    const [head, reviews] = await Promise.all([readHead(db, opts), db.reviews.toArray(), ...pages]);
    const parts = assemble(
      head as Head,
      leads.filter(Boolean),
      events.filter(Boolean),
      items(reviews as unknown[]),
    );
    return { blob: new Blob(parts, { type: 'application/json' }), leads: keys.length };
  });
}

/**
 * `embudo-backup-ana-ruiz-2026-11-02.json`: the rep's name, so a lead collecting the
 * team's files can tell them apart, and dated so successive backups do not overwrite
 * each other. Characters no file system takes are dropped; letters of any language stay.
 */
export function backupFileName(now = Date.now(), owner = ''): string {
  const name = owner
    .normalize('NFC')
    .toLowerCase()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 40);
  return `embudo-backup-${name ? `${name}-` : ''}${new Date(now).toISOString().slice(0, 10)}.json`;
}
