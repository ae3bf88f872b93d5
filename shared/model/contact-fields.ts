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
