import type { Lead } from '../../shared/model/lead';
import type { Settings } from '../../shared/model/settings';
import type { StageEvent } from '../../shared/model/stage-event';
import type { EmbudoDb } from './db';
import { loadSettings } from './settings-repository';

/** What the metrics engine reads, straight from the database. */
export interface MetricsData {
  leads: Lead[];
  events: StageEvent[];
  settings: Settings;
}

/**
 * Every lead and stage event, for the metrics, problems and review screens.
 * Records were validated when written, so they are not parsed again here:
 * re-validating 100,000 leads would cost more than the metrics themselves.
 * One read transaction, so leads and events are a consistent snapshot.
 */
export async function loadMetricsInput(db: EmbudoDb): Promise<MetricsData> {
  const [leads, events] = await db.transaction('r', db.leads, db.stageEvents, () =>
    Promise.all([db.leads.toArray(), db.stageEvents.toArray()]),
  );
  return { leads, events, settings: await loadSettings(db) };
}

/**
 * What the problems engine needs for the toolbar badge: only open leads can be
 * flagged, so closed leads and their events are never read. Cheap enough to
 * run after every write.
 */
export async function loadProblemsInput(db: EmbudoDb): Promise<MetricsData> {
  const { leads, events } = await db.transaction('r', db.leads, db.stageEvents, async () => {
    const open = await db.leads.where('status').equals('open').toArray();
    if (open.length === 0) return { leads: open, events: [] };
    // One bulk read filtered in memory: an index lookup per open lead (anyOf) is
    // many times slower than reading the whole table once.
    const ids = new Set(open.map((l) => l.id));
    const events = (await db.stageEvents.toArray()).filter((e) => ids.has(e.leadId));
    return { leads: open, events };
  });
  return { leads, events, settings: await loadSettings(db) };
}
