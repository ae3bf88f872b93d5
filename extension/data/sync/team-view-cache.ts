import type { EmbudoDb } from '../db';
import { loadSettings } from '../settings/settings-repository';

const CACHE_KEY = 'team-view-cache';
/** Where the replicator keeps its pull checkpoints (dexie-store.ts). */
const CHECKPOINT_PREFIX = 'syncCheckpoint:';
/**
 * How old a saved Team screen may be and still be drawn first. Figures that
 * follow the clock (stalled deals, ages) move little in that time, and the
 * screen computes fresh ones straight after and draws them in its place.
 */
export const TEAM_VIEW_MAX_AGE_MS = 10 * 60_000;

/**
 * A fingerprint of everything the Team screen computes from, without reading
 * the records themselves (reading ~40k team documents is most of the screen's
 * time): pulled documents are written with the pull's checkpoint (the
 * server's sequence number), a team review recorded here adds a document, and
 * this rep's leads, reviews and settings change with their count, their latest
 * edit or their stored value. A sync run that fails or brings nothing changes
 * none of these, so the saved screen stays usable offline.
 */
export async function teamDataVersion(db: EmbudoDb): Promise<string> {
  const [leads, newest, reviews, docs, checkpoints, settings] = await Promise.all([
    db.leads.count(),
    db.leads.orderBy('updatedAt').lastKey(),
    db.reviews.count(),
    db.teamDocs.count(),
    db.meta.where('key').startsWith(CHECKPOINT_PREFIX).toArray(),
    loadSettings(db),
  ]);
  return JSON.stringify([leads, newest ?? null, reviews, docs, checkpoints, settings]);
}

interface SavedView {
  key: string;
  at: number;
  view: unknown;
}

const isSavedView = (v: unknown): v is SavedView =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SavedView).key === 'string' &&
  typeof (v as SavedView).at === 'number' &&
  typeof (v as SavedView).view === 'object';

/** The view saved under `key` when it is at most TEAM_VIEW_MAX_AGE_MS old at `now`; null otherwise. */
export async function readSavedTeamView(db: EmbudoDb, key: string, now: number): Promise<unknown | null> {
  const row = await db.meta.get(CACHE_KEY);
  const saved = row?.value;
  if (!isSavedView(saved) || saved.key !== key) return null;
  return now - saved.at <= TEAM_VIEW_MAX_AGE_MS && saved.at <= now ? saved.view : null;
}

/** Keeps one computed view (plain data) for the next opening of the screen; the last one saved wins. */
export async function saveTeamView(db: EmbudoDb, key: string, at: number, view: unknown): Promise<void> {
  await db.meta.put({ key: CACHE_KEY, value: { key, at, view } satisfies SavedView });
}
