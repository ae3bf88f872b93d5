import { type Candidate, CandidateSchema } from '../../../shared/capture/candidate';
import type { CaptureDeal } from '../../../shared/capture/deal';
import type { CaptureTabResponse, SaveCandidateResponse } from '../../../shared/capture/messages';
import { t } from '../../ui/i18n';
import { sendToBackground, targetTabId } from '../ui/send';
import type { TagPicks } from '../ui/why-buy-pickers';
import { type CaptureMatch, captureState } from './capture-state';

// The capture actions: loaded when the rep presses Capture (they need zod).

export async function startCapture(): Promise<void> {
  captureState.value = { step: 'capturing' };
  try {
    const tabId = await targetTabId();
    if (tabId === undefined) {
      captureState.value = { step: 'failed', reason: 'no-access' };
      return;
    }
    const res = await sendToBackground<CaptureTabResponse>({ type: 'capture-tab', tabId });
    captureState.value = res.ok
      ? {
          step: 'review',
          candidate: res.candidate,
          existingLeadId: res.existingLeadId,
          likelyMatch: res.likelyMatch,
        }
      : { step: 'failed', reason: res.reason, detail: res.detail };
  } catch (err) {
    captureState.value = { step: 'failed', reason: 'error', detail: String(err) };
  }
}

/** Applies the rep's edits; empty fields are dropped so optional ones stay absent. */
function applyEdits(candidate: Candidate, edits: Record<string, string>): unknown {
  const next: Record<string, unknown> = { ...candidate };
  for (const [field, raw] of Object.entries(edits)) {
    const value = raw.trim();
    if (value) next[field] = value;
    else delete next[field];
  }
  return next;
}

/**
 * Validates in the popup first, so the rep sees what is wrong next to the
 * field. `mergeInto` is the look-alike lead the rep chose to merge into;
 * `deal` (already checked by the form) is saved with the lead.
 */
export async function saveReviewed(
  candidate: Candidate,
  edits: Record<string, string>,
  match: CaptureMatch = {},
  mergeInto?: string,
  deal?: CaptureDeal,
  picks?: TagPicks,
): Promise<boolean> {
  const parsed = CandidateSchema.safeParse(applyEdits(candidate, edits));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    captureState.value = { step: 'review', candidate, errors, ...match };
    return false;
  }
  captureState.value = { step: 'saving', candidate: parsed.data, ...match };
  // The picks ride in the deal, so the background writes them in the capture's own transaction.
  const picked = Object.fromEntries(Object.entries(picks ?? {}).filter(([, ids]) => ids.length > 0));
  const dealWithPicks = Object.keys(picked).length ? { ...deal, ...picked } : deal;
  const res = await sendToBackground<SaveCandidateResponse>({
    type: 'save-candidate',
    candidate: parsed.data,
    ...(mergeInto ? { mergeInto } : {}),
    ...(dealWithPicks ? { deal: dealWithPicks } : {}),
  });
  if (!res.ok && res.reason === 'duplicate') {
    // Back to the form with the taken key marked, instead of a failed capture: the rep can change it.
    captureState.value = { step: 'review', candidate, errors: { [res.field]: t('keyTaken') }, ...match };
    return false;
  }
  if (!res.ok) {
    captureState.value = { step: 'failed', reason: 'error', detail: res.detail };
    return false;
  }
  captureState.value = {
    step: 'saved',
    name: parsed.data.name,
    created: res.created,
    leadId: res.leadId,
    stage: deal?.stage,
  };
  return true;
}
