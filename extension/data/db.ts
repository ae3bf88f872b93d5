import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type EntityTable,
  type Middleware,
  type Transaction,
} from 'dexie';

// The one module that imports Dexie (test/unit/conventions/architecture.test.ts): the sync
// middleware's types are named here.
export type Core = DBCore;
export type CoreTable = DBCoreTable;
export type CoreMutateRequest = DBCoreMutateRequest;
export type CoreTransaction = DBCoreTransaction;
export type CoreMiddleware = Middleware<DBCore>;

import type { Lead } from '../../shared/model/lead';
import type { Review } from '../../shared/model/review';
import type { StageEvent } from '../../shared/model/stage-event';
import type { RepColumns } from '../../shared/sync/rep-columns';
import type { FieldClock } from '../../shared/sync/team-docs';
import { inTimeOrder } from './leads/lead-rows';
import { syncMarking } from './sync/sync-marking';
import { teamRepRows } from './sync/team-rep-rows';

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
export type LeadRow = Lead & { events: StageEvent[] } & SyncFields;

/**
 * Team-sync bookkeeping on a lead or review row (schema v3, docs/team-sync.md).
 * `syncDirty` is set only while a push is due, so its sparse index lists
 * exactly the rows to push; the data layer's write hook (sync/sync-marking.ts)
 * keeps both fields, no writer sets them by hand.
 */
interface SyncFields {
  sync?: RowSync;
  syncDirty?: number;
}

interface RowSync {
  /** The server revision this content was read from or last pushed as. */
  rev?: string;
  /** When each lead field last got its value (leads only). */
  clock?: FieldClock;
  /** Conflicting server revisions merged here, to delete on the next push. */
  losers?: string[];
}

export type ReviewRow = Review & SyncFields;

/** Another rep's document (or the team's process, or a rep's status), as pulled. */
export interface TeamDocRow {
  id: string;
  type: string;
  owner: string;
  doc: unknown;
  rev?: string;
  syncDirty?: number;
  losers?: string[];
}

/** One other rep's leads, reviews and last sync, packed for the Team screen (sync/team-rep-rows.ts). */
export interface TeamRepRow {
  owner: string;
  columns: RepColumns;
  /** By document id, in id order. */
  reviews: { id: string; review: Review }[];
  syncedAt?: number;
}

export type EmbudoDb = Dexie & {
  leads: EntityTable<LeadRow, 'id'>;
  reviews: EntityTable<ReviewRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  teamDocs: EntityTable<TeamDocRow, 'id'>;
  teamReps: EntityTable<TeamRepRow, 'owner'>;
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
 *
 * v3 (team sync, docs/team-sync.md): leads and reviews gain optional `sync`
 * and `syncDirty` fields, with a sparse `syncDirty` index listing exactly the
 * rows waiting to be pushed; `teamDocs` holds other reps' documents apart from
 * this rep's pipeline. Every new field is optional: nothing to rewrite. Local
 * deletions waiting to reach the server live in `meta` (sync/sync-deletes.ts).
 *
 * v4: `[status+stage+nextStepDue]`, so each stage lists what needs action
 * first (leads whose next step is overdue, oldest due date first) from keys
 * alone, however many leads it holds (lead-queries.ts). Leads without a due
 * date are not in it; the browser builds it from the stored rows: nothing to
 * rewrite.
 *
 * v5: `teamReps`, one record per other rep with their leads packed in the
 * shape the team figures read (sync/team-rep-rows.ts), kept by sync beside
 * `teamDocs`: the Team screen reads 20 records instead of 40,000 documents
 * (1.6 s → see README Performance). The upgrade packs the documents already pulled.
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
  3: {
    stores: {
      leads: 'id, name, updatedAt, [status+stage+stageChangedAt], &linkedinUrl, &email, syncDirty',
      reviews: 'id, at, syncDirty',
      meta: 'key',
      teamDocs: 'id, type, owner, syncDirty',
    },
  },
  4: {
    stores: {
      leads:
        'id, name, updatedAt, [status+stage+stageChangedAt], [status+stage+nextStepDue], &linkedinUrl, &email, syncDirty',
      reviews: 'id, at, syncDirty',
      meta: 'key',
      teamDocs: 'id, type, owner, syncDirty',
    },
  },
  5: {
    // Only the new store: Dexie keeps every store a version does not name as the previous one left it.
    stores: { teamReps: 'owner' },
    upgrade: async (tx) => {
      await tx.table('teamReps').bulkPut(teamRepRows(await tx.table('teamDocs').toArray()));
    },
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
  // Every write of a lead or review marks it for the next push, in its own transaction.
  db.use(syncMarking);
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

/**
 * Positions in a `bulkAdd` the database refused because their key is taken
 * (the primary key or a unique index): undefined when the failure is anything
 * else, which the caller must not swallow. The refused adds wrote nothing and,
 * caught, leave the transaction going (csv/csv-add-new.ts).
 */
export function refusedPositions(err: unknown): Set<number> | undefined {
  if (!(err instanceof Dexie.BulkError)) return undefined;
  const failures = Object.entries(err.failuresByPos);
  if (failures.some(([, e]) => e.name !== 'ConstraintError')) return undefined;
  return new Set(failures.map(([at]) => Number(at)));
}
