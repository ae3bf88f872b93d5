import { z } from 'zod';
import { CandidateSchema } from './candidate';

/** Messages the background accepts. Anything else is rejected with a logged reason. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** Read the prospect on a tab. The popup sends it; so do the shortcut and the e2e tests. */
  z.object({ type: z.literal('capture-tab'), tabId: z.number().int().nonnegative() }),
  /** Store a reviewed candidate: creates a lead, or updates the one it matches. */
  z.object({ type: z.literal('save-candidate'), candidate: CandidateSchema }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export type CaptureTabResponse =
  | { ok: true; candidate: z.infer<typeof CandidateSchema>; existingLeadId?: string }
  | { ok: false; reason: 'nothing-here' | 'no-access' | 'invalid' | 'error'; detail?: string };

export type SaveCandidateResponse =
  | { ok: true; leadId: string; created: boolean }
  | { ok: false; reason: 'invalid' | 'error'; detail?: string };
