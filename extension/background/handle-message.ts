import {
  type BackgroundRequest,
  BackgroundRequestSchema,
  type SaveCandidateResponse,
} from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { DuplicateLeadError } from '../data/leads/lead-edits';
import { saveCandidate } from '../data/leads/lead-repository';
import { matchCandidate } from '../data/leads/likely-match';
import { syncedProcessDoc } from '../data/sync/team-process';
import { captureTab, type InjectCapture } from './capture-tab';
import { quickCapture } from './quick-capture';
import type { SyncRunner } from './sync-runner';
import { tabLeadStage } from './tab-lead-stage';
import type { TeamFeed } from './team-feed';

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
  /** The badge's problem count (problem-tally.ts), counting first when none is known yet. */
  problemCount?: () => Promise<number | null>;
  /** Team sync; absent in unit tests that do not cover it. */
  sync?: Pick<SyncRunner, 'connect' | 'off' | 'run'>;
  /** The changes feed an open Team screen holds; absent in unit tests that do not cover it. */
  teamFeed?: Pick<TeamFeed, 'hold'>;
  /** The extension's own base URL (`chrome-extension://ID/`, `moz-extension://UUID/`): what marks its pages. */
  extensionUrl: string;
}

/** The parts of the browser's `runtime.MessageSender` this module reads. */
export interface MessageSender {
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Who is talking. An extension page (the popup, or the app open in a tab) is
 * the rep; a content script (the in-page button) runs beside a web page that
 * may be hostile, so it gets only what it needs.
 */
type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/**
 * Sorts a sender by where its document lives (the browser fills `url` and
 * `tab`), never by what its message claims. `extensionUrl` ends with "/", so a
 * prefix match is an origin match (URL.origin is "null" for these schemes in some runtimes). Pure.
 */
export function senderKind(sender: MessageSender, extensionUrl: string): SenderKind {
  const own = (url: string | undefined) => url?.startsWith(extensionUrl) === true;
  if (own(sender.url)) return !sender.tab || own(sender.tab.url) ? 'extension-page' : 'unknown';
  return sender.tab?.id !== undefined ? 'content-script' : 'unknown';
}

/**
 * One allow-list per sender kind. A content script may only ask to capture
 * its own tab, or the stage of the lead that tab belongs to (the tab comes
 * from the sender, never from the message); it cannot save a candidate of its making, capture another tab, switch the
 * in-page button or read its state.
 */
export const ALLOWED: Record<SenderKind, ReadonlySet<BackgroundRequest['type']>> = {
  'extension-page': new Set(BackgroundRequestSchema.options.map((o) => o.shape.type.value)),
  'content-script': new Set(['quick-capture-sender', 'tab-lead-stage-sender']),
  unknown: new Set(),
};

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
  const kind = senderKind(sender, deps.extensionUrl);
  if (!ALLOWED[kind].has(req.type)) {
    const detail = `${req.type} is not accepted from ${kind === 'unknown' ? 'an unknown sender' : 'a web page'}`;
    console.warn(`[embudo] refused message: ${detail}`);
    return { ok: false, reason: 'forbidden', detail };
  }
  switch (req.type) {
    case 'capture-tab':
      return captureTab(req.tabId, deps.inject, (c) => matchCandidate(deps.db, c));
    case 'save-candidate': {
      try {
        const { lead, created } = await saveCandidate(deps.db, req.candidate, deps.now?.(), {
          mergeInto: req.mergeInto,
          deal: req.deal,
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
      if (sender.tab?.id === undefined)
        return { ok: false, reason: 'invalid', detail: 'not sent from a tab' };
      return quickCapture(deps.db, sender.tab.id, deps.inject, deps.now?.());
    case 'tab-lead-stage-sender':
      return tabLeadStage(deps.db, sender.tab, deps.inject);
    case 'set-page-button':
      return deps.pageButton?.set(req.enabled) ?? { enabled: false, origins: [] };
    case 'get-page-button':
      return deps.pageButton?.get() ?? { enabled: false, origins: [] };
    case 'refresh-badge':
      await deps.refreshBadge?.();
      return { ok: true };
    case 'problem-count':
      return { count: (await deps.problemCount?.()) ?? null };
    case 'ping':
      return { ok: true };
    case 'sync-connect':
      return deps.sync?.connect(req) ?? { ok: false, kind: 'offline', detail: 'sync unavailable' };
    case 'sync-off':
      return deps.sync?.off() ?? { ok: true };
    case 'sync-now':
      return { ok: true, state: (await deps.sync?.run()) ?? null };
    case 'team-feed':
      return deps.teamFeed?.hold(req.screen, req.open) ?? { ok: true, following: false };
    case 'team-process':
      return { doc: (await syncedProcessDoc(deps.db)) ?? null };
  }
}
