import { StageIdSchema } from '../process/stage-ids';
import { z } from '../zod';
import { EpochSchema, IsoDateSchema } from './epoch';

/** Sources every install knows; a team may add its own names in settings. */
export const BUILTIN_SOURCES = ['linkedin', 'email', 'web', 'manual', 'referral', 'import'] as const;
export const SourceSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} _.-]+$/u, 'letters, digits, spaces, "_", "." or "-" only');

/** An item id of a team's pain point or decision helper list: stable, so leads keep it through renames. */
export const TagIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-"');
/** Ids picked on a lead, each once. */
const TagIdsSchema = z
  .array(TagIdSchema)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'the same item twice');

export const LeadStatusSchema = z.enum(['open', 'won', 'lost']);
export type LeadStatus = z.infer<typeof LeadStatusSchema>;

export const LeadKindSchema = z.enum(['person', 'company']);
export type LeadKind = z.infer<typeof LeadKindSchema>;

/** Only http(s) links are kept: a `javascript:` URL from a hostile page must never become a link. */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'not an http(s) URL');

const text = (max: number) => z.string().trim().max(max);

// Every time and date in the model is bounded (1970–2099): see epoch.ts.

export const ProvenanceSchema = z.object({
  pageUrl: HttpUrlSchema,
  capturedAt: EpochSchema,
  extractor: z.object({ id: text(60).min(1), version: z.number().int().positive() }),
  /** Confidence per captured field, 0 (a guess) to 1 (structured data). */
  confidence: z.record(z.string(), z.number().min(0).max(1)),
});

const FieldChangeSchema = z.object({
  field: z.string().min(1).max(40),
  previous: z.string().max(10000),
  at: EpochSchema,
  /** What replaced it: a capture (extractor id), a merge, or the rep's edit. */
  by: z.string().max(60),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** The identity fields a capture can fill; shared by leads and capture candidates. */
export const IdentityShape = {
  name: text(200).min(1, 'name is required'),
  headline: text(300).optional(),
  company: text(200).optional(),
  location: text(200).optional(),
  /** A company's industry as the page words it ("Hospitals and Health Care"). */
  industry: text(200).optional(),
  email: z.email().max(254).optional(),
  linkedinUrl: HttpUrlSchema.optional(),
  website: HttpUrlSchema.optional(),
  avatarUrl: HttpUrlSchema.optional(),
};

export const LeadSchema = z.object({
  id: z.string().min(1).max(64),
  kind: LeadKindSchema,
  ...IdentityShape,
  source: SourceSchema,
  stage: StageIdSchema,
  status: LeadStatusSchema,
  lostReason: text(300).optional(),
  value: z.number().nonnegative().finite().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter currency code')
    .default('EUR'),
  quality: z.number().int().min(1).max(5).optional(),
  nextStep: text(300).optional(),
  nextStepDue: IsoDateSchema.optional(),
  painPoints: text(2000).optional(),
  decisionHelpers: text(2000).optional(),
  /** Picked from the team's pain point list, beside the free text above. */
  painPointIds: TagIdsSchema.optional(),
  /** Picked from the team's decision helper list, beside the free text above. */
  decisionHelperIds: TagIdsSchema.optional(),
  notes: text(10000).optional(),
  subject: text(300).optional(),
  threadUrl: HttpUrlSchema.optional(),
  createdAt: EpochSchema,
  updatedAt: EpochSchema,
  /** When the lead entered its current stage or status: what "days in stage" and stall checks read. */
  stageChangedAt: EpochSchema,
  provenance: ProvenanceSchema.optional(),
  /** Values a later capture or merge replaced: nothing is dropped silently. Newest last. */
  changes: z.array(FieldChangeSchema).max(500).optional(),
  /** "Stays in this browser": team sync never sends it (and deletes a copy it sent before). */
  private: z.literal(true).optional(),
});
export type Lead = z.infer<typeof LeadSchema>;
