/**
 * The fields that say who a prospect is and how to reach them, in the order a
 * form shows them. Capture, the review form, lead edits and CSV updates all
 * start from this one list, so a new contact field is added here once.
 */
export const CONTACT_FIELDS = [
  'name',
  'headline',
  'company',
  'location',
  'industry',
  'email',
  'linkedinUrl',
  'website',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** What the rep may change on a lead by hand; stage and status change only through moveLead. */
export const EDITABLE_FIELDS = [
  'kind',
  ...CONTACT_FIELDS,
  'source',
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
  'avatarUrl',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * Ids picked from the team's lists (shared/process/why-buy-lists.ts). Apart from
 * EDITABLE_FIELDS because they are lists, not text: forms hold them as chips,
 * and edits, merges and imports compare them as sets.
 */
export const TAG_FIELDS = ['painPointIds', 'decisionHelperIds'] as const;
export type TagField = (typeof TAG_FIELDS)[number];
