import type { CouchClient } from './couch-client';
import { pulledChange } from './pull';

export interface ChangesFeedDeps {
  client: Pick<CouchClient, 'waitForChanges'>;
  /** Where the pull stands (its checkpoint): the feed waits for what comes after. */
  since: () => Promise<string | number>;
  /** Something the pull needs changed on the server: pull it (a sync run). False when the run failed. */
  onChange: () => Promise<boolean>;
  /** Waits `ms`, or less when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Re-opens the request this often: PouchDB Server holds a quiet longpoll for ever. */
  reopenMs?: number;
}

const LIMIT = 50;
/** After n failures in a row, wait 1, 2, 4 … s, at most a minute, before trying again. */
export const backoffMs = (failures: number) => Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));

/**
 * The team database's changes feed, followed while someone looks (the Team
 * screen): a longpoll `_changes` from the pull's checkpoint; an answer with
 * something the pull takes starts a pull, and the feed waits again from the
 * new checkpoint. An answer with only design documents is passed over (the
 * next wait starts after it). Each request is aborted and re-opened every
 * `reopenMs`; a failure (offline, signed out, a failed run) backs off. Runs
 * until `stop()`; `done` settles then.
 */
export function followChanges(deps: ChangesFeedDeps): { stop: () => void; done: Promise<void> } {
  const reopenMs = deps.reopenMs ?? 25_000;
  const stopped = new AbortController();
  const loop = async () => {
    let failures = 0;
    /** Set after an answer the pull does not need: wait after it, not from the checkpoint again. */
    let passed: string | number | undefined;
    while (!stopped.signal.aborted) {
      const request = new AbortController();
      const end = () => request.abort();
      stopped.signal.addEventListener('abort', end, { once: true });
      const timer = setTimeout(end, reopenMs);
      let ok = true;
      try {
        const since = passed ?? (await deps.since());
        const feed = await deps.client.waitForChanges(
          since,
          LIMIT,
          Math.max(1000, reopenMs - 5000),
          request.signal,
        );
        passed = undefined;
        if (feed.results.some((r) => pulledChange(r.id))) ok = await deps.onChange();
        else if (feed.results.length) passed = feed.last_seq;
      } catch (err) {
        // Our own abort: re-open (or stop); anything else is a failure.
        ok = request.signal.aborted;
        if (!ok) console.warn(`[embudo] changes feed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        clearTimeout(timer);
        stopped.signal.removeEventListener('abort', end);
      }
      failures = ok ? 0 : failures + 1;
      if (failures && !stopped.signal.aborted) await deps.sleep(backoffMs(failures), stopped.signal);
    }
  };
  return { stop: () => stopped.abort(), done: loop() };
}
