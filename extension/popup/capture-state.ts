import { signal } from '@preact/signals';
import type { Candidate } from '../../shared/capture/candidate';

/** Where the capture flow is. Kept apart from the actions so the first paint carries no zod. */
export type CaptureState =
  | { step: 'idle' }
  | { step: 'capturing' }
  | { step: 'review'; candidate: Candidate; existingLeadId?: string; errors?: Record<string, string> }
  | { step: 'saving'; candidate: Candidate }
  | { step: 'saved'; name: string; created: boolean; leadId?: string }
  | { step: 'failed'; reason: 'nothing-here' | 'no-access' | 'invalid' | 'error'; detail?: string };

export const captureState = signal<CaptureState>({ step: 'idle' });

export function resetCapture(): void {
  captureState.value = { step: 'idle' };
}
