import { HttpUrlSchema, IdentityShape, LeadKindSchema, ProvenanceSchema } from '../model/lead';
import { z } from '../zod';

/**
 * What an extractor returns for a page: a prospect not yet saved. It crosses the
 * content-script → background boundary, so it is validated there with this schema.
 */
export const CandidateSchema = z.object({
  kind: LeadKindSchema,
  ...IdentityShape,
  source: z.enum(['linkedin', 'email', 'web']),
  subject: z.string().trim().max(300).optional(),
  threadUrl: HttpUrlSchema.optional(),
  provenance: ProvenanceSchema,
});
export type Candidate = z.infer<typeof CandidateSchema>;
