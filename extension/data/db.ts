import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Lead } from '../../shared/model/lead';
import type { Review } from '../../shared/model/review';
import type { StageEvent } from '../../shared/model/stage-event';
import { inTimeOrder } from './leads/lead-rows';

/** Key/value rows for singletons (settings, last review time). */
interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * How a lead is stored (schema v2): the lead with its own stage history, oldest
 * event first. One record per lead means one request per lead for every bulk
 * read and write (see SCHEMA_VERSIONS); only the data layer sees this shape,
 * everything else gets `Lead` and `StageEvent` (lead-rows.ts converts).
 */
export type LeadRow = Lead & { events: StageEvent[] };

export type EmbudoDb = Dexie & {
  leads: EntityTable<LeadRow, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

interface SchemaVersion {
  /** Dexie's store syntax; `null` deletes a store. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version (runs once, in the upgrade transaction). */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = 'embudo';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry:
 * add a new one (and say in test/unit/extension/data/migrations.test.ts what its upgrade changes).
 *
 * v1: leads indexed for the popup, stage events in their own store (one record per event).
 *
 * v2: each lead carries its events (`LeadRow.events`). In Chromium every
 * IndexedDB request costs ≈50 µs whatever its size, so bulk work is priced by
 * record count: a backup of 100,000 leads read 540,000 records under v1 and
 * 100,000 now; a CSV import writes one record per row instead of two. Indexes
 * are what the app queries: `[status+stage+stageChangedAt]` (each group's rows
 * newest first; a status alone is the sum of its stages), `name` (look-alike
 * search by prefix), `updatedAt` (the summary fingerprint) and the two dedupe
 * keys as unique indexes, so two tabs capturing one person cannot create two
 * leads. v1's `stage`, `status`, `source` and `createdAt` indexes were never
 * read and cost every write ≈7 % each; they are gone.
 */
export const SCHEMA_VERSIONS: Record<number, SchemaVersion> = {
  1: {
    stores: {
      leads:
        'id, name, stage, status, source, createdAt, updatedAt, [status+stage+stageChangedAt], &linkedinUrl, &email',
      stageEvents: '++id, leadId',
      reviews: 'id, at',
      meta: 'key',
    },
  },
  2: {
    stores: {
      leads: 'id, name, updatedAt, [status+stage+stageChangedAt], &linkedinUrl, &email',
      stageEvents: null,
      reviews: 'id, at',
      meta: 'key',
    },
    upgrade: moveEventsIntoLeads,
  },
};

/**
 * v1 → v2: every stage event moves into its lead's record, oldest first. An
 * event whose lead is no longer stored has nothing to belong to (a backup
 * refuses such events too) and is left behind with the v1 store.
 */
async function moveEventsIntoLeads(tx: Transaction): Promise<void> {
  const byLead = new Map<string, StageEvent[]>();
  for (const { id: _id, ...event } of (await tx.table('stageEvents').toArray()) as StageEvent[]) {
    const list = byLead.get(event.leadId);
    if (list) list.push(event);
    else byLead.set(event.leadId, [event]);
  }
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: LeadRow) => {
      lead.events = inTimeOrder(byLead.get(lead.id) ?? []);
    });
}

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** Opens the database at `upTo` (tests open older versions to check migrations). */
export function openDb(name = DB_NAME, upTo = CURRENT_VERSION): EmbudoDb {
  const db = new Dexie(name) as EmbudoDb;
  for (const [v, { stores, upgrade }] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(v) > upTo) continue;
    const version = db.version(Number(v)).stores(stores);
    if (upgrade) version.upgrade(upgrade);
  }
  return db;
}

let shared: EmbudoDb | undefined;
/** The one connection a page or the service worker uses. */
export function getDb(): EmbudoDb {
  shared ??= openDb();
  return shared;
}

/**
 * Bare IndexedDB requests inside Dexie's transactions (key-lookup.ts): the
 * native transaction of the one in progress, if it covers `store`, else of a
 * new read-only one; and Dexie's own promise, which keeps the transaction's
 * context when awaited in it (a native promise loses it, and Dexie calls
 * after it then wait for a transaction of their own that never comes).
 */
export function withNativeTransaction<T>(
  db: EmbudoDb,
  store: 'leads',
  fn: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  const current = Dexie.currentTransaction as (Transaction & { idbtrans?: IDBTransaction }) | null;
  if (current?.idbtrans && current.storeNames.includes(store)) return fn(current.idbtrans);
  return db.transaction('r', db.table(store), () => fn((Dexie.currentTransaction as Transaction).idbtrans));
}

export function transactionPromise<T>(
  executor: (resolve: (value: T) => void, reject: (err: unknown) => void) => void,
): Promise<T> {
  return new Dexie.Promise<T>(executor);
}

export function allInTransaction<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  return Dexie.Promise.all([...promises]);
}
