import type { Backup } from '../model/backup';
import type { Lead } from '../model/lead';
import type { Settings } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import { mergeTagLists, TAG_LIST_KEYS, tagList } from '../process/why-buy-lists';
import { computeMetrics } from './compute-metrics';
import type { ResolvedPeriod } from './period';
import { findProblems, type ProblemFlag, type ProblemsReport, sumCounts } from './problems';
import type { TimeZone } from './time-zone';
import type { MetricsReport } from './types';

export interface TeamMember {
  /** The backup's owner, or the file name when the rep set none. */
  owner: string;
  backup: Backup;
}

export interface TeamData {
  leads: Lead[];
  events: StageEvent[];
  /**
   * The first member's settings: stage names, currency and thresholds for the
   * combined figures; the pain point and decision helper lists are every member's together.
   */
  settings: Settings;
  /** Prefix put in front of each member's lead ids (empty for a single file). */
  prefixes: string[];
}

/**
 * Put several reps' backups together. Ids are only unique within one export,
 * so with more than one file every lead id gets the file's number as a prefix.
 */
export function mergeBackups(members: readonly TeamMember[]): TeamData {
  const first = members[0];
  if (!first) throw new RangeError('no backup to merge');
  const prefixes = members.map((_, i) => (members.length > 1 ? `${i + 1}/` : ''));
  const leads: Lead[] = [];
  const events: StageEvent[] = [];
  members.forEach((m, i) => {
    const p = prefixes[i] as string;
    for (const l of m.backup.leads) leads.push(p ? { ...l, id: p + l.id } : l);
    for (const e of m.backup.stageEvents) events.push(p ? { ...e, leadId: p + e.leadId } : e);
  });
  const settings: Settings = { ...first.backup.settings };
  for (const key of TAG_LIST_KEYS)
    settings[key] = mergeTagLists(members.map((m) => tagList(m.backup.settings, key)));
  return { leads, events, settings, prefixes };
}

/**
 * Combined metrics over every member's leads; problems per member with their own
 * settings (capacity and stall thresholds belong to a rep), then merged.
 */
export function analyseTeam(
  members: readonly TeamMember[],
  period: ResolvedPeriod,
  now: number,
  zone: TimeZone = period.zone,
): { team: TeamData; report: MetricsReport; problems: ProblemsReport } {
  const team = mergeBackups(members);
  const report = computeMetrics({
    leads: team.leads,
    events: team.events,
    settings: team.settings,
    period,
    now,
    zone,
  });
  const byLead = new Map<string, ProblemFlag[]>();
  const merged: ProblemsReport = {
    byLead,
    pipeline: [],
    counts: { stalled: 0, 'skipped-stages': 0, 'too-many-opportunities': 0, 'low-quality': 0 },
    flaggedLeads: 0,
    total: 0,
  };
  members.forEach((m, i) => {
    const own = findProblems({
      leads: m.backup.leads,
      events: m.backup.stageEvents,
      settings: m.backup.settings,
      now,
      zone,
    });
    for (const [id, flags] of own.byLead) byLead.set((team.prefixes[i] as string) + id, flags);
    for (const p of own.pipeline) merged.pipeline.push({ ...p, owner: m.owner });
    for (const k of Object.keys(merged.counts) as (keyof typeof merged.counts)[])
      merged.counts[k] += own.counts[k];
  });
  merged.flaggedLeads = byLead.size;
  merged.total = sumCounts(merged.counts);
  return { team, report, problems: merged };
}
