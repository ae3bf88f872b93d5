import type { ResolvedPeriod } from '../../../shared/metrics/period';
import { snapshotForReview } from '../../../shared/metrics/review-diff';
import { type TeamFigures, teamFigures } from '../../../shared/metrics/team-figures';
import { type RepTable, repTable } from '../../../shared/present/rep-table';
import type { Lang } from '../../../shared/process/stage-list';
import { reviewMark, type TeamSnapshot } from '../../data/sync/team-data';
import type { TeamReviewInput } from '../../data/sync/team-review';

export interface TeamView {
  figures: TeamFigures;
  table: RepTable;
  /** The names the rep filter offers. */
  owners: string[];
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
  const view = { figures, table: repTable(figures, lang, date), owners: snapshot.reps.map((r) => r.owner) };
  memo = { key, view };
  return view;
}

/** What a team review records of the figures on screen: combined and per rep. */
export function reviewRecord(figures: TeamFigures, note: string): TeamReviewInput {
  const reps: TeamReviewInput['reps'] = {};
  for (const r of figures.reps) reps[r.owner] = snapshotForReview(r.report, r.problems).figures;
  const c = figures.combined;
  return { note, figures: snapshotForReview(c.report, c.problems).figures, reps };
}
