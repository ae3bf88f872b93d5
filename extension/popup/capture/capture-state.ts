import { signal } from '@preact/signals';
import type { Candidate } from '../../../shared/capture/candidate';
import type { LikelyMatch } from '../../../shared/capture/messages';
import type { StageId } from '../../../shared/process/stage-list';

/** What the background found about a capture before the rep saves it. */
export interface CaptureMatch {
  /** The lead its LinkedIn URL or email points to: saving updates it. */
  existingLeadId?: string;
  /** Otherwise, a lead with the same name and company, offered as a merge. */
  likelyMatch?: LikelyMatch;
}

/** Where the capture flow is. Kept apart from the actions so the first paint carries no zod. */
export type CaptureState =
  | { step: 'idle' }
  | { step: 'capturing' }
  | ({ step: 'review'; candidate: Candidate; errors?: Record<string, string> } & CaptureMatch)
  | ({ step: 'saving'; candidate: Candidate } & CaptureMatch)
  | { step: 'saved'; name: string; created: boolean; leadId?: string; stage?: StageId }
  | { step: 'failed'; reason: 'nothing-here' | 'no-access' | 'invalid' | 'error'; detail?: string };

export const captureState = signal<CaptureState>({ step: 'idle' });

export function resetCapture(): void {
  captureState.value = { step: 'idle' };
}
