import type { Lead } from '../model/lead';
import type { Review } from '../model/review';
import type { Settings } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import { resolveProcess } from '../process/resolve-settings';
import { DAY_MS } from '../time/day';
import { analyse } from './analyse';
import { computeMetrics } from './compute-metrics';
import { buildLeadHistories, type LeadHistories } from './lead-histories';
import { mergeHistories } from './merge-histories';
import type { ResolvedPeriod } from './period';
import { PROBLEM_IDS, type ProblemFlag, type ProblemsReport, sumCounts } from './problems';
import { diffSinceReview, type FigureDelta, figureDeltas, snapshotForReview } from './review-diff';
import type { TimeZone } from './time-zone';
import type { MetricsReport } from './types';

/** One rep's records, wherever they came from (a backup file, the team database). */
export interface TeamRep {
  owner: string;
  leads: readonly Lead[];
  events: readonly StageEvent[];
  reviews?: readonly Review[];
  /** The rep's own settings (a backup file); absent, the team's process applies. */
  settings?: Settings;
  /** When the rep's browser last pushed to the team database; absent for files. */
  syncedAt?: number;
}

/** The last team review: when it was held and the figures it recorded (combined and per rep). */
export interface TeamReviewMark {
  at: number;
  figures: Record<string, number | null>;
  reps: Record<string, Record<string, number | null>>;
}

interface TeamFiguresInput {
  reps: readonly TeamRep[];
  /** The team's process: stage names, currency and thresholds of the combined figures. */
  settings: Settings;
  period: ResolvedPeriod;
  now: number;
  zone?: TimeZone;
  lastTeamReview?: TeamReviewMark | null;
}

/** What changed since the last team review (or one cadence ago). */
interface TeamChanges {
  newLeads: number;
  moves: number;
  wins: number;
  losses: number;
  figures: FigureDelta[];
}

export interface RepFigures {
  owner: string;
  leads: number;
  report: MetricsReport;
  problems: ProblemsReport;
  changes: TeamChanges;
  syncedAt: number | null;
}

export interface TeamFigures {
  /** Changes are counted from here. */
  since: number;
  reps: RepFigures[];
  combined: {
    /** Every rep's leads, ids prefixed with the rep's number when there is more than one rep. */
    leads: Lead[];
    report: MetricsReport;
    problems: ProblemsReport;
    changes: TeamChanges;
  };
}

/** Ids are unique only within one rep's records: with several reps each gets its number as a prefix. */
const repPrefix = (index: number, reps: number) => (reps > 1 ? `${index + 1}/` : '');

/**
 * Per rep and combined: the metrics, problems and changes a team looks at. The one
 * implementation behind the Team screen, the playbook's team review and `npm run report`.
 * Problems are found per rep (capacity and stall thresholds apply to one pipeline), then merged.
 */
export function teamFigures(input: TeamFiguresInput): TeamFigures {
  const { now, period } = input;
  const zone = input.zone ?? period.zone;
  const since = input.lastTeamReview?.at ?? now - input.settings.reviewCadenceDays * DAY_MS;
  const leads: Lead[] = [];
  // The combined figures reuse each rep's replay when the rep follows the team's opportunity stage.
  const opportunityStage = resolveProcess(input.settings).opportunityStage;
  const replays: LeadHistories[] = [];
  const byLead = new Map<string, ProblemFlag[]>();
  const problems: ProblemsReport = {
    byLead,
    pipeline: [],
    counts: { stalled: 0, 'skipped-stages': 0, 'too-many-opportunities': 0, 'low-quality': 0 },
    flaggedLeads: 0,
    total: 0,
  };
  const sums = { newLeads: 0, moves: 0, wins: 0, losses: 0 };
  const reps = input.reps.map((rep, i): RepFigures => {
    const p = repPrefix(i, input.reps.length);
    for (const l of rep.leads) leads.push(p ? { ...l, id: p + l.id } : l);
    const settings = rep.settings ?? input.settings;
    const own = analyse({ leads: rep.leads, events: rep.events, settings, period, now, zone });
    replays.push(
      resolveProcess(settings).opportunityStage === opportunityStage
        ? own.histories
        : buildLeadHistories(rep.leads, rep.events, opportunityStage),
    );
    for (const [id, flags] of own.problems.byLead) byLead.set(p + id, flags);
    for (const f of own.problems.pipeline) problems.pipeline.push({ ...f, owner: rep.owner });
    for (const k of PROBLEM_IDS) problems.counts[k] += own.problems.counts[k];
    const diff = diffSinceReview({
      previous: mark(since, input.lastTeamReview?.reps[rep.owner]),
      histories: own.histories,
      events: rep.events,
      report: own.report,
      problems: own.problems,
      reviewCadenceDays: settings.reviewCadenceDays,
    });
    const changes = {
      newLeads: diff.newLeads.length,
      moves: diff.moves.length,
      wins: diff.wins.length,
      losses: diff.losses.length,
    };
    for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += changes[k];
    return {
      owner: rep.owner,
      leads: rep.leads.length,
      report: own.report,
      problems: own.problems,
      changes: { ...changes, figures: diff.figures },
      syncedAt: rep.syncedAt ?? null,
    };
  });
  problems.flaggedLeads = byLead.size;
  problems.total = sumCounts(problems.counts);
  const report = computeMetrics(
    { leads, events: [], settings: input.settings, period, now, zone },
    mergeHistories(replays, leads),
  );
  const current = snapshotForReview(report, problems).figures;
  const figures = figureDeltas(current, input.lastTeamReview?.figures ?? {});
  return { since, reps, combined: { leads, report, problems, changes: { ...sums, figures } } };
}

/** The previous review as the per-rep diff reads it: its time, and the figures recorded for that rep. */
function mark(at: number, figures: Record<string, number | null> | undefined): Review {
  return { id: 'team-review', at, figures: figures ?? {}, problems: {} };
}

/** Whose lead a combined id is (the rep numbered by its prefix; the only rep when none). */
export function ownerOfLead(figures: TeamFigures, leadId: string): string {
  const n = figures.reps.length > 1 ? Number(leadId.slice(0, leadId.indexOf('/'))) : 1;
  return figures.reps[n - 1]?.owner ?? '';
}
