import { LeadSchema } from '../model/lead';
import { StageIdSchema } from '../process/stage-ids';
import { z } from '../zod';

/**
 * The deal fields a rep may fill while reviewing a capture (stage, value, next
 * step and its date, notes). They travel with the candidate in `save-candidate`
 * and are written in the same transaction as the lead; an empty form sends none.
 */
export const CaptureDealSchema = z
  .object({
    // Open stages only: a won deal is closed from the lead, with its history.
    stage: StageIdSchema.exclude(['purchase']).optional(),
    value: LeadSchema.shape.value,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    nextStep: LeadSchema.shape.nextStep,
    nextStepDue: LeadSchema.shape.nextStepDue,
    notes: LeadSchema.shape.notes,
    // Picked pain points and decision helpers: added to what a known lead has, never taken away.
    painPointIds: LeadSchema.shape.painPointIds,
    decisionHelperIds: LeadSchema.shape.decisionHelperIds,
  })
  .strict();
export type CaptureDeal = z.infer<typeof CaptureDealSchema>;
