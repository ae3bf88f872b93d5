import { canonicalLinkedinUrl, normalizeEmail } from '../../../shared/capture/normalize';
import {
  EDITABLE_FIELDS,
  type EditableField,
  TAG_FIELDS,
  type TagField,
} from '../../../shared/model/contact-fields';
import { type FieldChange, type Lead, LeadSchema } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';
import type { EmbudoDb } from '../db';
import { createLead } from './create-lead';
import { leadOf, nextRow } from './lead-rows';
import { summaryUpdater } from './pipeline-summary';

/** Fields to set; a field given as `undefined` is cleared. */
export type LeadEdit = { [F in EditableField | TagField]?: Lead[F] };

/** Text as is; a list of picked ids as its items joined (order kept: the rep's order of picking). */
const shown = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) || Array.isArray(b) ? shown(a ?? '') === shown(b ?? '') : a === b;

/** Another lead already holds this dedupe key: the edit would make two records of one person. */
export class DuplicateLeadError extends Error {
  constructor(
    readonly field: 'email' | 'linkedinUrl',
    readonly otherId: string,
  ) {
    super(`another lead has this ${field}`);
    this.name = 'DuplicateLeadError';
  }
}

/** Dedupe keys in their canonical form, as the unique indexes hold them. */
function normaliseKeys(edit: LeadEdit): LeadEdit {
  const out = { ...edit };
  if ('linkedinUrl' in edit) out.linkedinUrl = canonicalLinkedinUrl(edit.linkedinUrl) ?? edit.linkedinUrl;
  if ('email' in edit) out.email = normalizeEmail(edit.email) ?? edit.email;
  return out;
}

/** `lead` with `edit` applied; each replaced non-empty value goes to `changes`. Pure. */
export function applyEdit(lead: Lead, edit: LeadEdit, at: number, by: string): Record<string, unknown> {
  // Never back in time: a stored time later than now (a clock that ran ahead) must not let an older copy win.
  const next: Record<string, unknown> = { ...lead, updatedAt: Math.max(at, lead.updatedAt) };
  const changes: FieldChange[] = [];
  for (const field of [...EDITABLE_FIELDS, ...TAG_FIELDS]) {
    if (!(field in edit)) continue;
    // No tags picked is no value: an empty list is not stored.
    const value = Array.isArray(edit[field]) && edit[field].length === 0 ? undefined : edit[field];
    const previous = lead[field];
    if (same(value, previous)) continue;
    const was = previous === undefined ? '' : shown(previous);
    if (was !== '') changes.push({ field, previous: was, at, by });
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  if (changes.length) next.changes = [...(lead.changes ?? []), ...changes].slice(-500);
  return next;
}

/** No tag picked is no value: a new lead does not store an empty list. */
function withoutEmptyLists(edit: LeadEdit): LeadEdit {
  const out = { ...edit };
  for (const f of TAG_FIELDS) if (out[f]?.length === 0) delete out[f];
  return out;
}

async function assertKeysFree(db: EmbudoDb, edit: LeadEdit, selfId?: string): Promise<void> {
  for (const field of ['linkedinUrl', 'email'] as const) {
    const value = edit[field];
    if (!value) continue;
    const other = await db.leads.where(field).equals(value).first();
    if (other && other.id !== selfId) throw new DuplicateLeadError(field, other.id);
  }
}

/** Saves the rep's edits. Invalid values throw (zod) and nothing is written. */
export async function updateLead(db: EmbudoDb, id: string, edit: LeadEdit, now = Date.now()): Promise<Lead> {
  const e = normaliseKeys(edit);
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row = await db.leads.get(id);
    if (!row) throw new Error(`no lead ${id}`);
    const lead = leadOf(row);
    await assertKeysFree(db, e, id);
    const updateSummary = await summaryUpdater(db);
    const next = LeadSchema.parse(applyEdit(lead, e, now, 'edit'));
    await db.leads.put(nextRow(row, next));
    await updateSummary([{ before: lead, after: next }]);
    return next;
  });
}

/**
 * A lead the rep adds by hand (a referral, a call). Like a capture, the same
 * LinkedIn profile or email updates the existing lead instead of adding a second one
 * (its stage stays: moves are the detail's); a new one starts in `stage`.
 */
export async function addLead(
  db: EmbudoDb,
  edit: LeadEdit & Pick<Lead, 'name' | 'kind' | 'source'>,
  now = Date.now(),
  stage: StageId = 'awareness',
): Promise<{ lead: Lead; created: boolean }> {
  const e = normaliseKeys(edit);
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row =
      (e.linkedinUrl ? await db.leads.where('linkedinUrl').equals(e.linkedinUrl).first() : undefined) ??
      (e.email ? await db.leads.where('email').equals(e.email).first() : undefined);
    const updateSummary = await summaryUpdater(db);
    if (row) {
      const existing = leadOf(row);
      const filled = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined && v !== ''));
      await assertKeysFree(db, filled, existing.id);
      const lead = LeadSchema.parse(applyEdit(existing, filled, now, 'manual'));
      await db.leads.put(nextRow(row, lead));
      await updateSummary([{ before: existing, after: lead }]);
      return { lead, created: false };
    }
    const lead = await createLead(db, withoutEmptyLists(e), now, updateSummary, stage);
    return { lead, created: true };
  });
}
