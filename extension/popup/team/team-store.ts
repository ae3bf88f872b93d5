import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { readSyncState, type SyncState } from '../../data/sync/sync-state';
import { readTeamSnapshot, type TeamSnapshot } from '../../data/sync/team-data';
import { readSavedTeamView, teamDataVersion } from '../../data/sync/team-view-cache';
import { DEFAULT_CHOICE, type PeriodChoice } from '../metrics/period-choice';
import { sendToBackground } from '../ui/send';
import { holdTeamFeed, periodicAskOff } from './team-feed-lease';

/** The Team screen's filters, kept while the app is open. */
export const teamPeriod = signal<PeriodChoice>(DEFAULT_CHOICE);
/** One rep's name, or '' for the whole team. */
export const teamRep = signal('');

type TeamLoaded =
  | { status: 'loading' }
  | { status: 'off' }
  | { status: 'error'; message: string }
  /** The view saved at an earlier opening for the same records, drawn while they are read. */
  | { status: 'saved'; view: unknown; version: string; key: string; state: SyncState }
  | { status: 'ready'; snapshot: TeamSnapshot; state: SyncState; now: number; version: string };

/** How often the screen looks at the local sync state, and asks the background for a sync. */
const LOOK_MS = 2_000;
const SYNC_MS = 15_000;

/** A sync run ending (or a write here) is what changes the team's copy: the snapshot is read again then. */
const versionOf = (s: SyncState) => `${s.syncedAt ?? ''}|${s.error?.at ?? ''}`;

/**
 * The team's records as this browser last synced them, read again after every
 * sync run while the screen is open (it looks at the sync state every 2 s; the
 * background follows the server's changes feed meanwhile and runs a sync when
 * it answers; asking for a run every 15 s stays as the fallback), so other
 * reps' moves show up without a reload. Offline, the last synced copy stays on screen with its age.
 */
export function useTeamSnapshot(keyOf: (version: string) => string | null): TeamLoaded {
  const [loaded, setLoaded] = useState<TeamLoaded>({ status: 'loading' });
  useEffect(() => {
    const db = getDb();
    let live = true;
    let seen: string | null = null;
    let lastAsk = 0;
    const look = async () => {
      const state = await readSyncState(db);
      const version = versionOf(state);
      if (version !== seen) {
        const first = seen === null;
        seen = version;
        // Read before the records: a view saved under it was computed from records at least as new.
        const data = await teamDataVersion(db);
        const key = first ? keyOf(data) : null;
        const saved = key === null ? null : await readSavedTeamView(db, key, Date.now());
        if (key !== null && saved !== null && live)
          setLoaded({ status: 'saved', view: saved, version: data, key, state });
        const snapshot = await readTeamSnapshot(db);
        if (!live) return;
        setLoaded(
          snapshot ? { status: 'ready', snapshot, state, now: Date.now(), version: data } : { status: 'off' },
        );
      }
      if (!state.running && Date.now() - lastAsk >= SYNC_MS && !periodicAskOff()) {
        lastAsk = Date.now();
        // A failure is the background's to report (the status line shows it); the copy stays.
        sendToBackground({ type: 'sync-now' }).catch(() => {});
      }
    };
    const tick = () => {
      look().catch((err: unknown) => {
        if (live) setLoaded({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    };
    tick();
    const timer = setInterval(tick, LOOK_MS);
    const letGo = holdTeamFeed();
    return () => {
      live = false;
      clearInterval(timer);
      letGo();
    };
  }, []);
  return loaded;
}
