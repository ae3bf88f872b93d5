import type { Candidate } from '../../../shared/capture/candidate';
import { CONTACT_FIELDS } from '../../../shared/model/contact-fields';
import type { FieldChange, Lead } from '../../../shared/model/lead';
import type { EmbudoDb, LeadRow } from '../db';
import { DuplicateLeadError } from './lead-edits';

/** Identity fields a capture may fill or refresh on an existing lead. */
export const CAPTURED_FIELDS = [...CONTACT_FIELDS, 'avatarUrl', 'subject', 'threadUrl'] as const;

/**
 * `lead` refreshed with what a capture found: empty captured fields leave the
 * lead's value alone, and every value replaced goes to `changes`, so an update
 * or a merge never drops anything silently. Keys must be canonical already. Pure.
 */
export function applyCapture(lead: Lead, c: Candidate, now: number): Lead {
  const changes: FieldChange[] = [];
  // A clock set back (or a lead imported from a later file) must not move `updatedAt` backwards.
  const next: Lead = { ...lead, updatedAt: Math.max(now, lead.updatedAt), provenance: c.provenance };
  for (const f of CAPTURED_FIELDS) {
    const value = c[f];
    if (!value || value === lead[f]) continue;
    const previous = lead[f];
    if (previous) changes.push({ field: f, previous, at: now, by: c.provenance.extractor.id });
    next[f] = value;
  }
  if (changes.length) next.changes = [...(lead.changes ?? []), ...changes].slice(-500);
  return next;
}

/**
 * Throws DuplicateLeadError when a lead other than `selfId` already holds the
 * capture's LinkedIn URL or email. The unique indexes would refuse the write
 * anyway; this says which key and which lead, so the rep can be told.
 */
export async function assertCaptureKeysFree(db: EmbudoDb, c: Candidate, selfId: string): Promise<void> {
  for (const field of ['linkedinUrl', 'email'] as const) {
    const value = c[field];
    if (!value) continue;
    const other = await db.leads.where(field).equals(value).first();
    if (other && other.id !== selfId) throw new DuplicateLeadError(field, other.id);
  }
}

/** The stored lead the rep chose to merge a capture into; it may have been deleted since the offer. */
export async function mergeTarget(db: EmbudoDb, id: string): Promise<LeadRow> {
  const row = await db.leads.get(id);
  if (!row) throw new Error('the lead to merge into no longer exists');
  return row;
}
