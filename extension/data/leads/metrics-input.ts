import type { Lead } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { EmbudoDb } from '../db';
import { loadSettings } from '../settings/settings-repository';
import { rowsWithStatus } from './lead-queries';
import { splitRows } from './lead-rows';

/** What the metrics engine reads, straight from the database. */
export interface MetricsData {
  leads: Lead[];
  events: StageEvent[];
  settings: Settings;
}

/**
 * Every lead and stage event, for the metrics, problems and review screens:
 * one read of the leads store, which holds each lead's history (a consistent
 * snapshot by construction). Records were validated when written, so they are
 * not parsed again here: re-validating 100,000 leads would cost more than the
 * metrics themselves.
 */
export async function loadMetricsInput(db: EmbudoDb): Promise<MetricsData> {
  const rows = await db.leads.toArray();
  return { ...splitRows(rows), settings: await loadSettings(db) };
}

/**
 * What the problems engine needs for the toolbar badge: only open leads can be
 * flagged, so closed leads are never read. Cheap enough to run after every write.
 */
export async function loadProblemsInput(db: EmbudoDb): Promise<MetricsData> {
  const rows = await db.transaction('r', db.leads, () => rowsWithStatus(db, 'open'));
  return { ...splitRows(rows), settings: await loadSettings(db) };
}
