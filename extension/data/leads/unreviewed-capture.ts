import type { Candidate } from '../../../shared/capture/candidate';
import { canonicalLinkedinUrl, isLinkedinPage, normalizeEmail } from '../../../shared/capture/normalize';
import { IDENTITY_FIELDS } from '../../../shared/model/identity-fields';
import { type Lead, LeadSchema } from '../../../shared/model/lead';
import type { EmbudoDb } from '../db';
import { CAPTURED_FIELDS } from './capture-merge';
import { createLead } from './create-lead';
import { existingRow } from './lead-repository';
import { leadOf, nextRow } from './lead-rows';
import { summaryUpdater } from './pipeline-summary';

/**
 * A capture nobody reviewed (keyboard shortcut, context menu, in-page button)
 * is whatever the page chose to show, so it is held to less than one the rep
 * checked in the popup: it only fills empty fields, never writes the identity
 * fields of an existing lead, and a LinkedIn URL counts as a key only when it
 * was read on LinkedIn.
 */

type CapturedField = (typeof CAPTURED_FIELDS)[number];

interface UnreviewedResult {
  lead: Lead;
  created: boolean;
  /** Fields the page showed with another value than the lead's, left as the rep had them. */
  kept: CapturedField[];
  /** The page named a LinkedIn profile but is not LinkedIn: the link was neither matched nor saved. */
  linkedinSkipped: boolean;
}

/**
 * The candidate with canonical keys, minus a LinkedIn URL read off LinkedIn.
 * That URL is dropped rather than refused: the rep asked for the person on the
 * page and gets them (as a new lead, or filling the lead their e-mail matches),
 * but no page can reach a stored lead, or claim a profile for later captures
 * to match, by naming its LinkedIn URL. The rep can add the link in the popup. Pure.
 */
export function trustedCandidate(candidate: Candidate): { candidate: Candidate; linkedinSkipped: boolean } {
  const linkedinUrl = canonicalLinkedinUrl(candidate.linkedinUrl) ?? candidate.linkedinUrl;
  const c: Candidate = { ...candidate, linkedinUrl, email: normalizeEmail(candidate.email) };
  if (!linkedinUrl || isLinkedinPage(candidate.provenance.pageUrl))
    return { candidate: c, linkedinSkipped: false };
  const { linkedinUrl: _dropped, ...rest } = c;
  return { candidate: rest, linkedinSkipped: true };
}

const IDENTITY: ReadonlySet<string> = new Set(IDENTITY_FIELDS);

/**
 * `lead` with the capture's values in the fields it left empty; identity
 * fields and filled fields stay as they are. Untouched (same object, same
 * `updatedAt`) when there is nothing to fill. Pure.
 */
export function fillEmpty(lead: Lead, c: Candidate, now: number): { lead: Lead; kept: CapturedField[] } {
  const kept: CapturedField[] = [];
  const filled: Partial<Record<CapturedField, string>> = {};
  for (const f of CAPTURED_FIELDS) {
    const value = c[f];
    if (!value || value === lead[f]) continue;
    if (IDENTITY.has(f) || lead[f]) kept.push(f);
    else filled[f] = value;
  }
  if (Object.keys(filled).length === 0) return { lead, kept };
  return {
    lead: {
      ...lead,
      ...filled,
      updatedAt: Math.max(now, lead.updatedAt),
      provenance: lead.provenance ?? c.provenance,
    },
    kept,
  };
}

/** Stores an unreviewed capture: lookup and write in one read-write transaction, as saveCandidate does. */
export async function saveUnreviewed(
  db: EmbudoDb,
  candidate: Candidate,
  now = Date.now(),
): Promise<UnreviewedResult> {
  const { candidate: c, linkedinSkipped } = trustedCandidate(candidate);
  return db.transaction('rw', db.leads, db.meta, async () => {
    const row = await existingRow(db, c);
    const updateSummary = await summaryUpdater(db);
    if (!row) {
      const lead = await createLead(db, c, now, updateSummary);
      return { lead, created: true, kept: [], linkedinSkipped };
    }
    const existing = leadOf(row);
    const { lead: filled, kept } = fillEmpty(existing, c, now);
    if (filled === existing) return { lead: existing, created: false, kept, linkedinSkipped };
    const lead = LeadSchema.parse(filled);
    await db.leads.put(nextRow(row, lead));
    await updateSummary([{ before: existing, after: lead }]);
    return { lead, created: false, kept, linkedinSkipped };
  });
}
