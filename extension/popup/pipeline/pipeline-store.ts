import { signal } from '@preact/signals';
import type { Lead } from '../../../shared/model/lead';
import { getDb } from '../../data/db';
import { firstRowsOf, GROUP_IDS, type GroupId } from '../../data/leads/lead-queries';
import {
  loadSummary,
  type PipelineSummary,
  summaryCounts,
  verifySummary,
} from '../../data/leads/pipeline-summary';
import { localIsoDate } from '../../ui/format';
import { requestBadgeRefresh } from '../metrics/badge-refresh';

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

/**
 * Reads what the first screen shows, all requests at once, none of them
 * growing with the number of leads. Closed groups start folded in the popup,
 * so their rows are read only when opened (`withClosedRows` for the full view).
 */
export async function loadPipeline(withClosedRows = false): Promise<void> {
  try {
    const db = getDb();
    const today = localIsoDate(Date.now());
    const shown = GROUP_IDS.filter((g) => withClosedRows || (g !== 'won' && g !== 'lost'));
    const [summary, ...rows] = await Promise.all([
      loadSummary(db),
      ...shown.map((g) => firstRowsOf(db, g, FIRST_ROWS, today)),
    ]);
    const firstRows = Object.fromEntries(GROUP_IDS.map((g) => [g, rows[shown.indexOf(g)] ?? []]));
    pipeline.value = {
      counts: summaryCounts(summary),
      firstRows: firstRows as Record<GroupId, Lead[]>,
      summary,
      loadedAt: performance.now(),
      today,
    };
    pipelineError.value = null;
  } catch (err) {
    pipelineError.value = err instanceof Error ? err.message : String(err);
  }
}

/**
 * Once the first screen is up, checks its counts against the indexes (a write
 * that bypassed the repository would show here) and redraws if they differ.
 */
export async function verifyPipeline(): Promise<void> {
  const shown = pipeline.value;
  if (!shown) return;
  try {
    const rebuilt = await verifySummary(getDb(), shown.summary);
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
