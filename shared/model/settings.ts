import { LangSchema, StageIdSchema } from '../process/stage-ids';
import { z } from '../zod';
import { SourceSchema, TagIdSchema } from './lead';
import { StageCriteriaOverridesSchema } from './stage-criteria';

const stageNames = z.partialRecord(StageIdSchema, z.string().trim().min(1).max(40));
const perStage = (inner: z.ZodNumber) => z.partialRecord(StageIdSchema, inner);
// No ";": a CSV cell lists several picked items separated by it.
const tagLabel = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^;]*$/, 'no ";"');

/** One item of a team's pain point or decision helper list (shared/process/why-buy-lists.ts). */
const TagItemSchema = z.object({
  id: TagIdSchema,
  label: z.object({ en: tagLabel, es: tagLabel }),
  removed: z.literal(true).optional(),
});
/** A list's ids are unique: a lead's tag must name one item. */
const TagListSchema = z
  .array(TagItemSchema)
  .max(100)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'the same id twice');

/**
 * What a team changes about the process. Everything is optional overrides: the
 * defaults live once, in the process definition, and `resolveSettings` merges them.
 */
export const SettingsSchema = z.object({
  /** The company's own stage names, per language. */
  stageNames: z.partialRecord(LangSchema, stageNames).default({}),
  stallDays: perStage(z.number().int().min(1).max(365)).default({}),
  winProbability: perStage(z.number().min(0).max(1)).default({}),
  /** Most open opportunities one rep can work well; above it the pipeline is flagged. */
  capacity: z.number().int().min(1).max(10000).default(25),
  stageLimits: perStage(z.number().int().min(1).max(10000)).default({}),
  opportunityStage: StageIdSchema.default('consideration'),
  lostReasons: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  customSources: z.array(SourceSchema).max(50).default([]),
  /** Pain points a rep picks on a lead; absent = the defaults of the process definition. */
  painPoints: TagListSchema.optional(),
  /** What helped a prospect decide (case study, demo…); absent = the defaults. */
  decisionHelpers: TagListSchema.optional(),
  /** Entry/exit criteria and checklists per stage; absent = the process definition's. */
  stageCriteria: StageCriteriaOverridesSchema.optional(),
  reviewCadenceDays: z.number().int().min(1).max(92).default(7),
  /** Interface language; `auto` follows the browser. */
  language: z.enum(['auto', ...LangSchema.options]).default('auto'),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
