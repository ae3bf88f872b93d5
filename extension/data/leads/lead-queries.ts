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

/** Open leads of a stage whose next step was due before `today` (YYYY-MM-DD), oldest due date first. */
function overdueInStage(db: EmbudoDb, stage: StageId, today: string) {
  return db.leads
    .where('[status+stage+nextStepDue]')
    .between(['open', stage, ''], ['open', stage, today], true, false);
}

const isOverdue = (row: Pick<Lead, 'nextStepDue'>, today: string) =>
  row.nextStepDue !== undefined && row.nextStepDue !== '' && row.nextStepDue < today;

/**
 * An open stage in the order that needs action first: overdue next steps
 * (most overdue first), then everyone else by time in the stage, longest
 * first, which puts stalled deals before fresh ones. Both parts come from an
 * index, so the first rows cost `limit` records whatever the stage holds.
 */
async function attentionRows(db: EmbudoDb, stage: StageId, limit: number, today: string): Promise<Lead[]> {
  const overdue = await overdueInStage(db, stage, today).limit(limit).toArray();
  if (overdue.length >= limit) return overdue.map(leadOf);
  const rest = await inStage(db, 'open', stage)
    .filter((row) => !isOverdue(row, today))
    .limit(limit - overdue.length)
    .toArray();
  return [...overdue, ...rest].map(leadOf);
}

async function attentionKeys(db: EmbudoDb, stage: StageId, today: string): Promise<string[]> {
  const [overdue, all] = (await Promise.all([
    overdueInStage(db, stage, today).primaryKeys(),
    inStage(db, 'open', stage).primaryKeys(),
  ])) as [string[], string[]];
  const first = new Set(overdue);
  return [...overdue, ...all.filter((id) => !first.has(id))];
}

/**
 * The first rows of a group, in the group's order (see groupKeys). `today` is
 * the rep's local date, which decides what is overdue.
 */
export async function firstRowsOf(
  db: EmbudoDb,
  group: GroupId,
  limit: number,
  today: string,
): Promise<Lead[]> {
  if (group !== 'won' && group !== 'lost') return attentionRows(db, group, limit, today);
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

/**
 * Every lead id of a group in display order: keys only, so scrolling deep into
 * 10,000 rows stays cheap. Open stages: what needs action first (attentionRows);
 * closed groups: the latest stage first, then the latest close.
 */
export async function groupKeys(db: EmbudoDb, group: GroupId, today: string): Promise<string[]> {
  if (group !== 'won' && group !== 'lost') return attentionKeys(db, group, today);
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
