import type { ResolvedPeriod } from '../../../shared/metrics/period';
import { snapshotForReview } from '../../../shared/metrics/review-diff';
import { type TeamFigures, teamFigures } from '../../../shared/metrics/team-figures';
import type { MetricsReport } from '../../../shared/metrics/types';
import { type RepTable, repTable } from '../../../shared/present/rep-table';
import type { Lang } from '../../../shared/process/stage-list';
import { reviewMark, type TeamSnapshot } from '../../data/sync/team-data';
import type { TeamReviewInput } from '../../data/sync/team-review';

/**
 * What the Team screen draws, as plain data: small enough to save and draw
 * again at the next opening before the team's records are read (team-view-cache.ts).
 */
export interface TeamView {
  /** Changes are counted from here. */
  since: number;
  reps: number;
  changes: TeamFigures['combined']['changes'];
  report: MetricsReport;
  table: RepTable;
  /** The names the rep filter offers. */
  owners: string[];
  /** What a team review recorded now would store, its note aside. */
  record: Omit<TeamReviewInput, 'note'>;
  lastReview: { at: number; note: string } | null;
  reviewCadenceDays: number;
}

/**
 * The Team screen's figures: the shared team figures over the reps the filter
 * keeps, and the rep-by-rep table in the reader's language. Pure; memoised on
 * its inputs (redrawing for the same snapshot, filter and period computes nothing).
 */
let memo: { key: unknown[]; view: TeamView } | null = null;

export function teamView(
  snapshot: TeamSnapshot,
  rep: string,
  period: ResolvedPeriod,
  now: number,
  lang: Lang,
  date: (at: number) => string,
): TeamView {
  const key = [snapshot, rep, period.start, period.end, now, lang];
  if (memo?.key.every((k, i) => k === key[i])) return memo.view;
  const reps = rep ? snapshot.reps.filter((r) => r.owner === rep) : snapshot.reps;
  const figures = teamFigures({
    reps,
    settings: snapshot.settings,
    period,
    now,
    lastTeamReview: reviewMark(snapshot.lastReview),
  });
  const last = snapshot.lastReview;
  const view: TeamView = {
    since: figures.since,
    reps: figures.reps.length,
    changes: figures.combined.changes,
    report: figures.combined.report,
    table: repTable(figures, lang, date),
    owners: snapshot.reps.map((r) => r.owner),
    record: reviewRecord(figures),
    lastReview: last ? { at: last.at, note: last.note } : null,
    reviewCadenceDays: snapshot.settings.reviewCadenceDays,
  };
  memo = { key, view };
  return view;
}

/** Which saved view may stand for these records, filter, period and language. */
export function viewKey(version: string, rep: string, period: ResolvedPeriod, lang: Lang): string {
  return JSON.stringify([version, rep, period.start, period.end, lang]);
}

/** What a team review records of the figures on screen: combined and per rep. */
function reviewRecord(figures: TeamFigures): TeamView['record'] {
  const reps: TeamReviewInput['reps'] = {};
  for (const r of figures.reps) reps[r.owner] = snapshotForReview(r.report, r.problems).figures;
  const c = figures.combined;
  return { figures: snapshotForReview(c.report, c.problems).figures, reps };
}
