import type { Candidate } from '../../shared/capture/candidate';
import type { QuickCaptureResponse } from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { saveCandidate } from '../data/leads/lead-repository';
import { captureTab, type InjectCapture } from './capture-tab';

/** Saves a candidate straight away; the rep can still edit the lead in the popup. */
export async function saveNow(
  db: EmbudoDb,
  candidate: Candidate,
  now?: number,
): Promise<QuickCaptureResponse> {
  try {
    const { lead, created } = await saveCandidate(db, candidate, now);
    return { ok: true, leadId: lead.id, created, name: lead.name };
  } catch (err) {
    return { ok: false, reason: 'error', detail: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Capture without the review form: the keyboard shortcut and the in-page button.
 * Same extractors, same validation, same dedupe as the popup's path.
 */
export async function quickCapture(
  db: EmbudoDb,
  tabId: number,
  inject: InjectCapture,
  now?: number,
): Promise<QuickCaptureResponse> {
  // No lookup before saving: saveCandidate finds the lead to update itself, and
  // a likely match is only offered in the review form (here nobody is asked).
  const res = await captureTab(tabId, inject, async () => ({}));
  if (!res.ok) return res;
  return saveNow(db, res.candidate, now);
}
