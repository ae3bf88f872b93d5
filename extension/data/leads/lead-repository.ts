import type { Candidate } from '../../../shared/capture/candidate';
import type { CaptureDeal } from '../../../shared/capture/deal';
import { canonicalLinkedinUrl, normalizeEmail } from '../../../shared/capture/normalize';
import { type Lead, LeadSchema, type LeadStatus } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';
import type { EmbudoDb, LeadRow } from '../db';
import { applyDeal, dealFields } from './capture-deal';
import { applyCapture, assertCaptureKeysFree, mergeTarget } from './capture-merge';
import { createLead } from './create-lead';
import { movedLead } from './lead-move';
import { leadOf, nextRow } from './lead-rows';
import { summaryUpdater } from './pipeline-summary';

// Reads live in lead-queries.ts (no zod, so the popup draws fast); re-exported for existing callers.

interface SaveResult {
  lead: Lead;
  created: boolean;
}

type Keys = { linkedinUrl?: string; email?: string };

/** The stored row a capture would update, if any: same canonical LinkedIn URL, else same email. */
export async function existingRow(db: EmbudoDb, keys: Keys): Promise<LeadRow | undefined> {
  const li = canonicalLinkedinUrl(keys.linkedinUrl);
  const email = normalizeEmail(keys.email);
  return (
    (li ? await db.leads.where('linkedinUrl').equals(li).first() : undefined) ??
    (email ? await db.leads.where('email').equals(email).first() : undefined)
  );
}

/** The lead a capture would update, if any: same canonical LinkedIn URL, else same email. */
export async function findExisting(db: EmbudoDb, keys: Keys): Promise<Lead | undefined> {
  const row = await existingRow(db, keys);
  return row && leadOf(row);
}

/**
 * Stores a reviewed capture. The lookup and the write share one read-write
 * transaction, which IndexedDB runs one at a time per store: two tabs saving
 * the same person end as one lead. Changed values are kept in `changes`.
 * `mergeInto` is the rep's answer to a likely match: that lead is updated
 * instead of the one the keys point to (a key another lead holds is refused).
 * `deal` (stage, value, next step, notes from the review form) is written in
 * the same transaction: a new lead starts in its stage, a known one moves there.
 */
export async function saveCandidate(
  db: EmbudoDb,
  candidate: Candidate,
  now = Date.now(),
  opts: { mergeInto?: string; deal?: CaptureDeal } = {},
): Promise<SaveResult> {
  const c: Candidate = {
    ...candidate,
    linkedinUrl: canonicalLinkedinUrl(candidate.linkedinUrl) ?? candidate.linkedinUrl,
    email: normalizeEmail(candidate.email),
  };
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row = opts.mergeInto ? await mergeTarget(db, opts.mergeInto) : await existingRow(db, c);
    const updateSummary = await summaryUpdater(db);
    if (row) {
      const existing = leadOf(row);
      await assertCaptureKeysFree(db, c, existing.id);
      const { lead: dealt, event } = applyDeal(applyCapture(existing, c, now), opts.deal, now);
      const lead = LeadSchema.parse(dealt);
      await db.leads.put(event ? nextRow(row, lead, event) : nextRow(row, lead));
      await updateSummary([{ before: existing, after: lead }]);
      return { lead, created: false };
    }
    const start = dealFields(opts.deal);
    const lead = await createLead(db, { ...c, ...start.fields }, now, updateSummary, start.stage);
    return { lead, created: true };
  });
}

export interface MoveInput {
  stage: StageId;
  status?: LeadStatus;
  lostReason?: string;
}

/** Moves a lead and appends its StageEvent in the same transaction: history and state never disagree. */
export async function moveLead(
  db: EmbudoDb,
  leadId: string,
  move: MoveInput,
  now = Date.now(),
): Promise<Lead> {
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row = await db.leads.get(leadId);
    if (!row) throw new Error(`no lead ${leadId}`);
    const lead = leadOf(row);
    const updateSummary = await summaryUpdater(db);
    const moved = movedLead(lead, move, now);
    if (!moved) return lead;
    const next = LeadSchema.parse(moved.next);
    await db.leads.put(nextRow(row, next, moved.event));
    await updateSummary([{ before: lead, after: next }]);
    return next;
  });
}
