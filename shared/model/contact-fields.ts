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
