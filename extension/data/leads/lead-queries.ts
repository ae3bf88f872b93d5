import type { Lead, LeadStatus } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import type { EmbudoDb } from '../db';
import { eventsOfRows, leadOf, splitRows } from './lead-rows';

/**
 * Read-only queries the popup's first screen runs. Kept free of zod (types only)
 * so the popup can draw before any validation code is loaded; writes live in
 * lead-repository.ts.
 */

/** The pipeline's groups: open leads per stage, then closed deals. */
export type GroupId = StageId | 'won' | 'lost';
export const GROUP_IDS: readonly GroupId[] = [...STAGE_IDS, 'won', 'lost'];

/** Closed groups list the latest stage first (a deal lost in Decision before one lost in Interest). */
const CLOSED_STAGE_ORDER: readonly StageId[] = [...STAGE_IDS].reverse();

/** Index range of one status in one stage, ordered by when the lead entered it. */
function inStage(db: EmbudoDb, status: LeadStatus, stage: StageId) {
  return db.leads
    .where('[status+stage+stageChangedAt]')
    .between([status, stage, 0], [status, stage, Number.MAX_SAFE_INTEGER], true, true);
}

export function groupOf(lead: Pick<Lead, 'status' | 'stage'>): GroupId {
  return lead.status === 'open' ? lead.stage : lead.status;
}

/** Open leads per stage, for the pipeline header: counted on the index, no records loaded. */
export async function countOpenByStage(db: EmbudoDb): Promise<Record<StageId, number>> {
  const counts = await Promise.all(STAGE_IDS.map((s) => inStage(db, 'open', s).count()));
  return Object.fromEntries(STAGE_IDS.map((s, i) => [s, counts[i] ?? 0])) as Record<StageId, number>;
}

/** Leads in every group, counted on the index (a closed group is the sum of its stages). */
export async function countGroups(db: EmbudoDb): Promise<Record<GroupId, number>> {
  const closed = (status: LeadStatus) =>
    Promise.all(STAGE_IDS.map((s) => inStage(db, status, s).count())).then((c) =>
      c.reduce((a, b) => a + b, 0),
    );
  const [open, won, lost] = await Promise.all([countOpenByStage(db), closed('won'), closed('lost')]);
  return { ...open, won, lost };
}

/** Every lead of one status, from the index (the badge reads only open leads). */
export async function rowsWithStatus(db: EmbudoDb, status: LeadStatus) {
  const parts = await Promise.all(STAGE_IDS.map((s) => inStage(db, status, s).toArray()));
  return parts.flat();
}

/** The most recently moved open leads of a stage: read from the index's end, only `limit` records. */
export async function listOpenInStage(db: EmbudoDb, stage: StageId, limit = 50): Promise<Lead[]> {
  return (await inStage(db, 'open', stage).reverse().limit(limit).toArray()).map(leadOf);
}

/** The first rows of a group, in the group's order (see groupKeys). */
export async function firstRowsOf(db: EmbudoDb, group: GroupId, limit: number): Promise<Lead[]> {
  if (group !== 'won' && group !== 'lost') return listOpenInStage(db, group, limit);
  const rows: Lead[] = [];
  for (const stage of CLOSED_STAGE_ORDER) {
    if (rows.length >= limit) break;
    rows.push(
      ...(
        await inStage(db, group, stage)
          .reverse()
          .limit(limit - rows.length)
          .toArray()
      ).map(leadOf),
    );
  }
  return rows;
}

/** Every lead id of a group in display order: keys only, so scrolling deep into 10,000 rows stays cheap. */
export async function groupKeys(db: EmbudoDb, group: GroupId): Promise<string[]> {
  if (group !== 'won' && group !== 'lost') {
    return (await inStage(db, 'open', group).reverse().primaryKeys()) as string[];
  }
  const parts = await Promise.all(
    CLOSED_STAGE_ORDER.map((s) => inStage(db, group, s).reverse().primaryKeys()),
  );
  return parts.flat() as string[];
}

/** Leads by id, in the order asked; ids no longer stored are left out. */
export async function leadsByIds(db: EmbudoDb, ids: readonly string[]): Promise<Lead[]> {
  const found = await db.leads.bulkGet([...ids]);
  return found.flatMap((row) => (row ? [leadOf(row)] : []));
}

export async function getLead(db: EmbudoDb, id: string): Promise<Lead | undefined> {
  const row = await db.leads.get(id);
  return row && leadOf(row);
}

/** Every lead with every event: only for what needs them all (text search, problem filter), never for the first screen. */
export async function allLeadsAndEvents(db: EmbudoDb): Promise<{ leads: Lead[]; events: StageEvent[] }> {
  const rows = await db.leads.toArray();
  return splitRows(rows);
}

/** One lead's history, oldest first (stored in the order it happened). */
export async function eventsOf(db: EmbudoDb, leadId: string): Promise<StageEvent[]> {
  return (await db.leads.get(leadId))?.events ?? [];
}

/** Stage events of a few leads (the rows on screen), for their problem badges. */
export async function eventsOfLeads(db: EmbudoDb, leadIds: readonly string[]): Promise<StageEvent[]> {
  if (leadIds.length === 0) return [];
  return eventsOfRows((await db.leads.bulkGet([...leadIds])).flatMap((row) => (row ? [row] : [])));
}
