import type { LeadStatus } from '../model/lead';
import type { StageId } from '../process/stage-list';
import { z } from '../zod';
import { CandidateSchema } from './candidate';
import { CaptureDealSchema } from './deal';

/** Messages the background accepts. Anything else is rejected with a logged reason. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** Read the prospect on a tab. The popup sends it; so do the shortcut and the e2e tests. */
  z.object({ type: z.literal('capture-tab'), tabId: z.number().int().nonnegative() }),
  /** Store a reviewed candidate: creates a lead, or updates the one it matches (or `mergeInto`, the rep's choice). */
  z.object({
    type: z.literal('save-candidate'),
    candidate: CandidateSchema,
    mergeInto: z.string().min(1).max(64).optional(),
    /** Stage, value, next step and notes the rep filled in the review form's deal section. */
    deal: CaptureDealSchema.optional(),
  }),
  /** From the in-page button: capture and save the tab the message came from, without review. */
  z.object({ type: z.literal('quick-capture-sender') }),
  /** From the in-page button: the stage of the lead its own page belongs to, if any (read only). */
  z.object({ type: z.literal('tab-lead-stage-sender') }),
  /** Turn the in-page button on or off (the settings screen asks for the host permission first). */
  z.object({ type: z.literal('set-page-button'), enabled: z.boolean() }),
  z.object({ type: z.literal('get-page-button') }),
  /** The popup wrote leads or recorded a review: recount the toolbar badge, re-plan the review reminder. */
  z.object({ type: z.literal('refresh-badge') }),
  /** The problem count the badge shows, for the popup's Problems tab (counted now if not yet). */
  z.object({ type: z.literal('problem-count') }),
  /** Answered at once with `{ ok: true }`: the cheapest round trip (the bench's floor for capture → saved). */
  z.object({ type: z.literal('ping') }),
  /**
   * Team sync (docs/team-sync.md): sign in and switch it on (the popup has asked for the
   * server's host permission first); the password goes to `_session` once and is never stored.
   */
  z.object({
    type: z.literal('sync-connect'),
    server: z.url({ protocol: /^https?$/ }).max(500),
    database: z.string().min(1).max(200),
    name: z.string().min(1).max(100),
    password: z.string().min(1).max(500),
  }),
  /** Stop syncing; every local record stays. */
  z.object({ type: z.literal('sync-off') }),
  /** Run a sync now (Settings' "Sync now", and the e2e tests). */
  z.object({ type: z.literal('sync-now') }),
  /**
   * An open Team screen, every few seconds (its heartbeat), and once more with `open: false`
   * when it closes: the background follows the team database's changes feed meanwhile.
   */
  z.object({ type: z.literal('team-feed'), screen: z.string().min(1).max(64), open: z.boolean() }),
  /** The playbook inside the extension: the team's `process` document while sync is on (`{ doc: null }` otherwise). */
  z.object({ type: z.literal('team-process') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** A lead with the same name and company as a capture that matched no lead exactly: offered as a merge. */
export interface LikelyMatch {
  id: string;
  name: string;
  company?: string;
  stage: StageId;
  status: LeadStatus;
}

export type CaptureTabResponse =
  | {
      ok: true;
      candidate: z.infer<typeof CandidateSchema>;
      existingLeadId?: string;
      likelyMatch?: LikelyMatch;
    }
  | { ok: false; reason: 'nothing-here' | 'no-access' | 'invalid' | 'error'; detail?: string };

export type SaveCandidateResponse =
  | { ok: true; leadId: string; created: boolean }
  | { ok: false; reason: 'invalid' | 'error'; detail?: string }
  /** Another lead already holds this LinkedIn URL or email: saving would make two records of one person. */
  | { ok: false; reason: 'duplicate'; field: 'email' | 'linkedinUrl'; detail?: string };

/** Outcome of a capture made without the review form (shortcut, in-page button, context menu). */
export type QuickCaptureResponse =
  | {
      ok: true;
      leadId: string;
      created: boolean;
      name: string;
      /** Fields the page showed differently, left as the rep had them (nobody reviewed this capture). */
      kept?: string[];
      /** A LinkedIn link read on another site: neither matched nor saved. */
      linkedinSkipped?: boolean;
    }
  | { ok: false; reason: 'nothing-here' | 'no-access' | 'invalid' | 'error'; detail?: string };
