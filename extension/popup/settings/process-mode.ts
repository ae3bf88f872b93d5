import type { SyncState } from '../../data/sync/sync-state';
import type { TeamProcessInfo } from '../../data/sync/team-process';

/**
 * Whose process Settings edits. Pure.
 * - `own`: sync is off, or the team has no process yet: the rep's own settings, as without sync;
 * - `lead`: a team lead with sync on: saving sets the team's process (the `process` document);
 * - `team`: a rep under the team's process: read-only, all but the interface language.
 */
type ProcessMode = 'own' | 'lead' | 'team';

export function processMode(
  on: boolean,
  state: SyncState,
  teamProcess: TeamProcessInfo | undefined,
): ProcessMode {
  if (!on) return 'own';
  if (state.lead) return 'lead';
  return teamProcess ? 'team' : 'own';
}
