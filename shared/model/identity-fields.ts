/**
 * The fields that say who a lead is. A capture saved without the review form
 * (keyboard shortcut, context menu, in-page button) never writes them on an
 * existing lead: a page cannot rename a lead, or move its keys, behind the
 * rep's back.
 */
export const IDENTITY_FIELDS = ['name', 'email', 'linkedinUrl'] as const;
