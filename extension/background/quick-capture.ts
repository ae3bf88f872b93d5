import { type Candidate, CandidateSchema } from '../../shared/capture/candidate';
import type { QuickCaptureResponse } from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { saveUnreviewed } from '../data/leads/unreviewed-capture';
import { captureTab, type InjectCapture } from './capture-tab';

/**
 * Saves a capture nobody reviewed: it fills empty fields only, never renames
 * or re-keys a lead, and trusts a LinkedIn URL only from LinkedIn
 * (see unreviewed-capture.ts). The rep can still edit the lead in the popup.
 */
export async function saveNow(
  db: EmbudoDb,
  candidate: Candidate,
  now?: number,
): Promise<QuickCaptureResponse> {
  // The context menu builds its candidate from page text: checked here like a page's capture.
  const parsed = CandidateSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
  try {
    const { lead, created, kept, linkedinSkipped } = await saveUnreviewed(db, parsed.data, now);
    return {
      ok: true,
      leadId: lead.id,
      created,
      name: lead.name,
      ...(kept.length ? { kept } : {}),
      ...(linkedinSkipped ? { linkedinSkipped } : {}),
    };
  } catch (err) {
    return { ok: false, reason: 'error', detail: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Capture without the review form: the keyboard shortcut and the in-page button.
 * Same extractors and validation as the popup's path, held to the unreviewed rules.
 */
export async function quickCapture(
  db: EmbudoDb,
  tabId: number,
  inject: InjectCapture,
  now?: number,
): Promise<QuickCaptureResponse> {
  // No likely-match lookup: a look-alike is only offered in the review form (here nobody is asked).
  const res = await captureTab(tabId, inject, async () => ({}));
  if (!res.ok) return res;
  return saveNow(db, res.candidate, now);
}
