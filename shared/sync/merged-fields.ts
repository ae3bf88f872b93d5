import { EDITABLE_FIELDS, TAG_FIELDS } from '../model/contact-fields';
import type { Lead } from '../model/lead';

/**
 * Every lead field merged "the later value wins" (lead-merge.ts): all but
 * bookkeeping (id, times, changes), what the stage history decides (stage,
 * status, stageChangedAt) and `private` (local only). The picked tag ids
 * (painPointIds, decisionHelperIds) are merged as one value too, later wins,
 * not as a set union: a union could never let an unpicked chip stay unpicked
 * once another copy still had it, and the losing set is kept in `changes`. Built from the plain field lists
 * rather than read from the zod schema so the data layer's write hook (field-clock.ts)
 * keeps zod out of the popup's first paint; merged-fields.test.ts checks it
 * against the schema.
 */
export const MERGED_FIELDS: readonly (keyof Lead)[] = [
  ...EDITABLE_FIELDS,
  ...TAG_FIELDS,
  'lostReason',
  'provenance',
];
