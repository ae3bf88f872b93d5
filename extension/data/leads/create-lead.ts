import { type Lead, LeadSchema } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { StageId } from '../../../shared/process/stage-list';
import type { EmbudoDb } from '../db';
import { rowOf } from './lead-rows';

/** The first event of every lead: it entered the pipeline at `at` (from no stage). */
export function creationEvent(lead: Pick<Lead, 'id' | 'stage' | 'status'>, at: number): StageEvent {
  return {
    leadId: lead.id,
    fromStage: null,
    toStage: lead.stage,
    fromStatus: null,
    toStatus: lead.status,
    at,
  };
}

type SummaryUpdate = (changes: { before?: Lead; after?: Lead }[]) => Promise<unknown>;

/**
 * A new lead enters the pipeline (in Awareness unless the rep chose another open
 * stage) with its first StageEvent: the one way every writer (capture, add by hand) creates a lead. Runs inside the
 * caller's read-write transaction on leads and meta; throws
 * (writing nothing) when the fields do not make a valid lead.
 */
export async function createLead(
  db: EmbudoDb,
  fields: Record<string, unknown>,
  now: number,
  updateSummary: SummaryUpdate,
  stage: StageId = 'awareness',
): Promise<Lead> {
  const lead = LeadSchema.parse({
    ...fields,
    id: crypto.randomUUID(),
    stage,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    stageChangedAt: now,
  });
  await db.leads.add(rowOf(lead, [creationEvent(lead, now)]));
  await updateSummary([{ after: lead }]);
  return lead;
}
