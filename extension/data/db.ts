import Dexie, { type EntityTable } from 'dexie';
import type { Lead } from '../../shared/model/lead';
import type { Review } from '../../shared/model/review';
import type { Settings } from '../../shared/model/settings';
import type { StageEvent } from '../../shared/model/stage-event';

/** Key/value rows for singletons (settings, last review time). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type EmbudoDb = Dexie & {
  leads: EntityTable<Lead, 'id'>;
  stageEvents: EntityTable<StageEvent, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'embudo';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry:
 * add a new one (and a migration test in test/unit/data/migrations.test.ts).
 *
 * v1 indexes: what the popup filters and counts on (stage, status, source,
 * createdAt, updatedAt, and status+stage+stageChangedAt for each stage's rows
 * newest first), `name` (a capture's look-alike is found by name prefix), and
 * the two dedupe keys as unique indexes so that two tabs capturing the same
 * person at once cannot create two leads. Every index costs time on each write
 * (a CSV import writes thousands), so nothing is indexed that no query reads:
 * events are read by lead only.
 */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    leads:
      'id, name, stage, status, source, createdAt, updatedAt, [status+stage+stageChangedAt], &linkedinUrl, &email',
    stageEvents: '++id, leadId',
    reviews: 'id, at',
    meta: 'key',
  },
};

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** Opens the database at `upTo` (tests open older versions to check migrations). */
export function openDb(name = DB_NAME, upTo = CURRENT_VERSION): EmbudoDb {
  const db = new Dexie(name) as EmbudoDb;
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(v) <= upTo) db.version(Number(v)).stores(stores);
  }
  return db;
}

let shared: EmbudoDb | undefined;
/** The one connection a page or the service worker uses. */
export function getDb(): EmbudoDb {
  shared ??= openDb();
  return shared;
}

/** Dexie's constraint error: a unique index (dedupe key) already holds the value. */
export function isConstraintError(err: unknown): boolean {
  return err instanceof Dexie.ConstraintError || (err as { name?: string })?.name === 'ConstraintError';
}
