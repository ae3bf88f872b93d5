import { signal } from '@preact/signals';
import type { Lead } from '../../../shared/model/lead';
import { firstRowsOf, GROUP_IDS, type GroupId } from '../../data/leads/lead-queries';
import {
  loadSummary,
  type PipelineSummary,
  summaryCounts,
  verifySummary,
} from '../../data/leads/pipeline-summary';
import { localIsoDate } from '../../ui/format';
import { database } from '../lazy-database';
import { requestBadgeRefresh } from '../metrics/badge-refresh';
import { keepPipeline, readCachedPipeline } from './first-screen-cache';

/** What the pipeline screen draws first: counts and value totals from the summary, the first rows. */
export interface PipelineSnapshot {
  counts: Record<GroupId, number>;
  firstRows: Record<GroupId, Lead[]>;
  summary: PipelineSummary;
  /** Changes on every load, so lists showing older rows start over. */
  loadedAt: number;
  /** The local date the rows were ordered on (what is overdue): deeper rows are read in the same order. */
  today: string;
}

export const pipeline = signal<PipelineSnapshot | null>(null);
export const pipelineError = signal<string | null>(null);
/** Bumped after every write: caches of all leads (search, problem flags) are keyed on it. */
export const dataVersion = signal(0);

/** Rows read per group for the first screen: enough to fill the tallest list without scrolling. */
const FIRST_ROWS = 16;

/** The snapshot on screen is the copy kept by the last open (first-screen-cache.ts), not yet read again. */
let shownFromCache = false;
/** The latest database read: checks of what is on screen wait for it. */
let lastRead: Promise<void> = Promise.resolve();

/**
 * Draws the first screen from the copy the last open kept, if it can stand in
 * for the real read (same day, the rows this view needs). The caller reads the
 * database next; until then the copy is what the rep sees.
 */
export function showCachedPipeline(withClosedRows: boolean): boolean {
  const cached = readCachedPipeline(localIsoDate(Date.now()), withClosedRows);
  if (!cached) return false;
  const { withClosedRows: _, ...shown } = cached;
  pipeline.value = { ...shown, loadedAt: performance.now() };
  shownFromCache = true;
  return true;
}

/** What a read found, without the time it was read at: two reads agreeing draw the same. */
const sameData = (a: PipelineSnapshot, b: PipelineSnapshot) =>
  a.today === b.today &&
  JSON.stringify([a.counts, a.summary, a.firstRows]) === JSON.stringify([b.counts, b.summary, b.firstRows]);

/**
 * Reads what the first screen shows, all requests at once, none of them
 * growing with the number of leads. Closed groups start folded in the popup,
 * so their rows are read only when opened (`withClosedRows` for the full view).
 */
export function loadPipeline(withClosedRows = false): Promise<void> {
  lastRead = readPipeline(withClosedRows);
  return lastRead;
}

async function readPipeline(withClosedRows: boolean): Promise<void> {
  try {
    const db = await database();
    const today = localIsoDate(Date.now());
    const shown = GROUP_IDS.filter((g) => withClosedRows || (g !== 'won' && g !== 'lost'));
    const [summary, ...rows] = await Promise.all([
      loadSummary(db),
      ...shown.map((g) => firstRowsOf(db, g, FIRST_ROWS, today)),
    ]);
    const firstRows = Object.fromEntries(GROUP_IDS.map((g) => [g, rows[shown.indexOf(g)] ?? []]));
    const read: PipelineSnapshot = {
      counts: summaryCounts(summary),
      firstRows: firstRows as Record<GroupId, Lead[]>,
      summary,
      loadedAt: performance.now(),
      today,
    };
    // The copy drawn first was right: keep it on screen (no redraw, lists keep their place).
    const current = pipeline.value;
    if (!(shownFromCache && current && sameData(current, read))) pipeline.value = read;
    shownFromCache = false;
    pipelineError.value = null;
    keepPipeline({ ...read, withClosedRows });
  } catch (err) {
    pipelineError.value = err instanceof Error ? err.message : String(err);
  }
  // What the tests wait for (test/e2e/support/seed.ts): the database's rows are on screen, not a copy.
  performance.mark('pipeline-read');
}

/**
 * Once the first screen is up, checks its counts against the indexes (a write
 * that bypassed the repository would show here) and redraws if they differ.
 */
export async function verifyPipeline(): Promise<void> {
  // A copy from the last open is checked by the read that replaces it; the indexes check that read.
  await lastRead;
  const shown = pipeline.value;
  if (!shown) return;
  try {
    const rebuilt = await verifySummary(await database(), shown.summary);
    if (rebuilt && pipeline.value === shown) await loadPipeline(fullView);
  } catch (err) {
    console.warn('[embudo] could not verify the pipeline counts', err);
  }
}

/** After any write: redraw the pipeline and drop caches of older data. */
export async function refreshAfterWrite(): Promise<void> {
  dataVersion.value++;
  // The toolbar badge counts problems: the background recounts after every popup write.
  void requestBadgeRefresh();
  await loadPipeline(fullView);
}

let fullView = false;
/** The full view shows every column open, so it reads the closed groups' rows up front too. */
export function setFullView(full: boolean): void {
  fullView = full;
}
