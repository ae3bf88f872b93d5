import type { ResolvedPeriod } from '../../../shared/metrics/period';
import { type TeamFigures, teamFigures } from '../../../shared/metrics/team-figures';
import type { Settings } from '../../../shared/model/settings';
import { couchClient } from '../../../shared/sync/couch-client';
import type { TeamDoc } from '../../../shared/sync/team-docs';
import { processSettings, teamOfServerDocs } from '../../../shared/sync/team-reps';
import type { TeamDbLogin } from './api';

/** The team database as the review uses it: every rep's records and the team's process. */
export interface TeamDbData {
  database: string;
  reps: ReturnType<ReturnType<typeof teamOfServerDocs>['team']['reps']>;
  settings: Settings;
  lastReview: (TeamDoc & { type: 'team-review' }) | null;
  /** Documents this version could not read (a later version's kinds, or damaged ones). */
  skipped: number;
}

/**
 * Signs in with `_session` (the browser keeps the cookie; the password is sent
 * once) and reads every document. Cross-origin, the server needs CORS for this
 * page's origin with credentials (docs/team-sync.md); from the team server
 * itself (publish-playbook) it needs nothing. Failures are SyncErrors in words.
 */
export async function readTeamDb(login: TeamDbLogin, fetchFn: typeof fetch): Promise<TeamDbData> {
  const client = couchClient({ server: login.server, database: login.database, fetch: fetchFn });
  await client.signIn(login.name, login.password);
  const { rows } = await client.allDocs();
  const { team, skipped } = teamOfServerDocs(rows);
  return {
    database: login.database,
    reps: team.reps(),
    settings: processSettings(team.process),
    lastReview: team.lastReview,
    skipped,
  };
}

/** The same figures the Team screen and `npm run report` compute, for the database's reps. */
export function figuresOfTeamDb(data: TeamDbData, period: ResolvedPeriod, now: number): TeamFigures {
  const r = data.lastReview;
  return teamFigures({
    reps: data.reps,
    settings: data.settings,
    period,
    now,
    lastTeamReview: r ? { at: r.at, figures: r.figures, reps: r.reps } : null,
  });
}
