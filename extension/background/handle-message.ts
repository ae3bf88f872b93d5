import { BackgroundRequestSchema, type SaveCandidateResponse } from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { findExisting, saveCandidate } from '../data/lead-repository';
import { captureTab, type InjectCapture } from './capture-tab';

export interface BackgroundDeps {
  db: EmbudoDb;
  inject: InjectCapture;
  now?: () => number;
}

/**
 * The background's one entry point for messages. Every message is validated
 * first: one that fails is answered with `invalid`, logged, and writes nothing.
 */
export async function handleMessage(message: unknown, deps: BackgroundDeps): Promise<unknown> {
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
      return captureTab(req.tabId, deps.inject, async (c) => (await findExisting(deps.db, c))?.id);
    case 'save-candidate': {
      try {
        const { lead, created } = await saveCandidate(deps.db, req.candidate, deps.now?.());
        return { ok: true, leadId: lead.id, created } satisfies SaveCandidateResponse;
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        console.error(`[embudo] save failed: ${detail}`);
        return { ok: false, reason: 'error', detail } satisfies SaveCandidateResponse;
      }
    }
  }
}
