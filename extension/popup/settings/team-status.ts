import type { SyncState } from '../../data/sync/sync-state';
import type { MessageKey } from '../../ui/i18n';
import { syncErrorMessage } from '../../ui/sync-messages';

/** One line of the status: a message and its substitutions. */
interface StatusLine {
  key: MessageKey;
  subs: (string | number)[];
  /** A failure the rep should read (shown as an alert). */
  alert?: boolean;
}

const MINUTE = 60_000;

/**
 * What Settings → Team says, line by line: the failure standing (if any), then
 * when it last synced or what it is doing, then how many changes wait. Pure.
 */
export function statusLines(state: SyncState, on: boolean, waiting: number, now: number): StatusLine[] {
  if (!on) return [{ key: 'syncStatusOff', subs: [] }];
  const lines: StatusLine[] = [];
  if (state.error) lines.push({ key: syncErrorMessage(state.error), subs: [], alert: true });
  if (state.running) lines.push({ key: 'syncStatusRunning', subs: [state.running.done] });
  else if (state.syncedAt !== undefined) lines.push(syncedAgo(now - state.syncedAt));
  else if (!state.error) lines.push({ key: 'syncStatusNever', subs: [] });
  if (waiting === 1) lines.push({ key: 'syncStatusOneWaiting', subs: [] });
  else if (waiting > 1) lines.push({ key: 'syncStatusWaiting', subs: [waiting] });
  return lines;
}

function syncedAgo(ms: number): StatusLine {
  const min = Math.floor(Math.max(0, ms) / MINUTE);
  if (min < 1) return { key: 'syncStatusJustNow', subs: [] };
  if (min < 60) return { key: 'syncStatusMinutes', subs: [min] };
  if (min < 48 * 60) return { key: 'syncStatusHours', subs: [Math.floor(min / 60)] };
  return { key: 'syncStatusDays', subs: [Math.floor(min / 1440)] };
}

export interface TeamForm {
  server: string;
  database: string;
  name: string;
  password: string;
}

/**
 * The form checked before anything is asked of the browser: every field, and
 * a server address with http(s) and no path beyond "/" (the origin is what the
 * host permission names). Returns the origin, or the message to show. Pure.
 */
export function checkTeamForm(f: TeamForm): { ok: true; origin: string } | { ok: false; key: MessageKey } {
  if (![f.server, f.database, f.name, f.password].every((v) => v.trim()))
    return { ok: false, key: 'teamMissing' };
  let url: URL;
  try {
    url = new URL(f.server.trim());
  } catch {
    return { ok: false, key: 'teamBadServer' };
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.username ||
    url.password ||
    !/^\/?$/.test(url.pathname) ||
    url.search
  )
    return { ok: false, key: 'teamBadServer' };
  return { ok: true, origin: url.origin };
}
