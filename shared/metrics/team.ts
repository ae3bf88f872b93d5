import type { Backup } from '../model/backup';
import type { Settings } from '../model/settings';
import { mergeTagLists, TAG_LIST_KEYS, tagList } from '../process/why-buy-lists';
import type { ResolvedPeriod } from './period';
import type { ProblemsReport } from './problems';
import { type TeamFigures, type TeamRep, teamFigures } from './team-figures';
import type { TimeZone } from './time-zone';
import type { MetricsReport } from './types';

export interface TeamMember {
  /** The backup's owner, or the file name when the rep set none. */
  owner: string;
  backup: Backup;
}

/** A backup as one rep of a team: its own settings apply to its problems. */
function repOfBackup(m: TeamMember): TeamRep {
  const { leads, stageEvents, reviews, settings } = m.backup;
  return { owner: m.owner, leads, events: stageEvents, reviews, settings };
}

/**
 * Several reps' backups together (the report CLI, the playbook's dropped files): the
 * team figures under the first file's settings (stage names, currency and thresholds
 * of the combined figures), with every member's pain point and decision helper lists.
 */
export function analyseTeam(
  members: readonly TeamMember[],
  period: ResolvedPeriod,
  now: number,
  zone: TimeZone = period.zone,
): { figures: TeamFigures; settings: Settings; report: MetricsReport; problems: ProblemsReport } {
  const first = members[0];
  if (!first) throw new RangeError('no backup to merge');
  const settings: Settings = { ...first.backup.settings };
  for (const key of TAG_LIST_KEYS)
    settings[key] = mergeTagLists(members.map((m) => tagList(m.backup.settings, key)));
  const figures = teamFigures({ reps: members.map(repOfBackup), settings, period, now, zone });
  return { figures, settings, report: figures.combined.report, problems: figures.combined.problems };
}
