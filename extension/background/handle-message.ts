import { BackgroundRequestSchema, type SaveCandidateResponse } from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { DuplicateLeadError } from '../data/leads/lead-edits';
import { saveCandidate } from '../data/leads/lead-repository';
import { matchCandidate } from '../data/leads/likely-match';
import { captureTab, type InjectCapture } from './capture-tab';
import { quickCapture } from './quick-capture';

export interface BackgroundDeps {
  db: EmbudoDb;
  inject: InjectCapture;
  now?: () => number;
  /** In-page button switch; absent in unit tests that do not cover it. */
  pageButton?: {
    set: (enabled: boolean) => Promise<{ enabled: boolean; origins: string[] }>;
    get: () => Promise<{ enabled: boolean; origins: string[] }>;
  };
  /** Recounts the problems badge (and re-plans the review reminder); absent in unit tests that do not cover it. */
  refreshBadge?: () => Promise<unknown>;
}

/** Who sent a message: an extension page (no tab) or our in-page button (its tab). */
export interface MessageSender {
  tabId?: number;
}

/**
 * The background's one entry point for messages. Every message is validated
 * first: one that fails is answered with `invalid`, logged, and writes nothing.
 */
export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  deps: BackgroundDeps,
): Promise<unknown> {
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`)
      .join('; ');
    console.warn(`[embudo] rejected message: ${detail}`);
    return { ok: false, reason: 'invalid', detail };
  }
  const req = parsed.data;
  switch (req.type) {
    case 'capture-tab':
      return captureTab(req.tabId, deps.inject, (c) => matchCandidate(deps.db, c));
    case 'save-candidate': {
      try {
        const { lead, created } = await saveCandidate(deps.db, req.candidate, deps.now?.(), {
          mergeInto: req.mergeInto,
        });
        return { ok: true, leadId: lead.id, created } satisfies SaveCandidateResponse;
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        if (err instanceof DuplicateLeadError)
          return { ok: false, reason: 'duplicate', field: err.field, detail } satisfies SaveCandidateResponse;
        console.error(`[embudo] save failed: ${detail}`);
        return { ok: false, reason: 'error', detail } satisfies SaveCandidateResponse;
      }
    }
    case 'quick-capture-sender':
      if (sender.tabId === undefined) return { ok: false, reason: 'invalid', detail: 'not sent from a tab' };
      return quickCapture(deps.db, sender.tabId, deps.inject, deps.now?.());
    case 'set-page-button':
      return deps.pageButton?.set(req.enabled) ?? { enabled: false, origins: [] };
    case 'get-page-button':
      return deps.pageButton?.get() ?? { enabled: false, origins: [] };
    case 'refresh-badge':
      await deps.refreshBadge?.();
      return { ok: true };
  }
}
