import type { Lead } from '../model/lead';

/**
 * Every lead field merged "the later value wins" (lead-merge.ts): all but
 * bookkeeping (id, times, changes), what the stage history decides (stage,
 * status, stageChangedAt) and `private` (local only). Written out rather than
 * read from the zod schema so the data layer's write hook (field-clock.ts)
 * keeps zod out of the popup's first paint; merged-fields.test.ts checks it
 * against the schema.
 */
export const MERGED_FIELDS: readonly (keyof Lead)[] = [
  'kind',
  'name',
  'headline',
  'company',
  'location',
  'industry',
  'email',
  'linkedinUrl',
  'website',
  'avatarUrl',
  'source',
  'lostReason',
  'value',
  'currency',
  'quality',
  'nextStep',
  'nextStepDue',
  'painPoints',
  'decisionHelpers',
  'notes',
  'subject',
  'threadUrl',
  'provenance',
];
