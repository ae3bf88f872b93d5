import { StageIdSchema } from '../process/stage-ids';
import { z } from '../zod';
import { EpochSchema } from './epoch';
import { LeadStatusSchema } from './lead';

/**
 * One change of a lead's stage or status. Append-only: history is never rewritten,
 * so metrics can replay exactly what happened. The first event of a lead has
 * `fromStage: null` (the lead was created).
 */
export const StageEventSchema = z.object({
  id: z.number().int().positive().optional(),
  leadId: z.string().min(1).max(64),
  fromStage: StageIdSchema.nullable(),
  toStage: StageIdSchema,
  fromStatus: LeadStatusSchema.nullable(),
  toStatus: LeadStatusSchema,
  at: EpochSchema,
  /** Stages jumped over by a forward move; recorded so the skip stays visible. */
  skipped: z.array(StageIdSchema).optional(),
  lostReason: z.string().trim().max(300).optional(),
});
export type StageEvent = z.infer<typeof StageEventSchema>;
