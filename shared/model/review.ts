import { z } from '../zod';
import { EpochSchema } from './epoch';

/**
 * A pipeline review the rep (or the team) held. The next review compares
 * against the figures recorded here, so "what changed since last time" is exact.
 */
export const ReviewSchema = z.object({
  id: z.string().min(1).max(64),
  at: EpochSchema,
  /** Headline figures at review time, keyed by metric id. */
  figures: z.record(z.string(), z.number().nullable()),
  /** Lead ids flagged at review time, keyed by problem id. */
  problems: z.record(z.string(), z.array(z.string())).default({}),
  notes: z.string().trim().max(5000).optional(),
});
export type Review = z.infer<typeof ReviewSchema>;
