import { problemDefinition } from '../../../shared/metrics/definitions';
import { HEADLINE_FIGURES } from '../../../shared/metrics/headline-figures';
import { PROBLEM_IDS, type ProblemId } from '../../../shared/metrics/problems';
import type { FigureDelta, ReviewDiff } from '../../../shared/metrics/review-diff';
import type { TrendSeries } from '../../../shared/metrics/types';
import { figureLabel as headlineLabel } from '../../../shared/present/figure-label';
import { type FigureUnit, formatChange, formatFigure } from '../../../shared/present/figures';
import type { Lang } from '../../../shared/process/stage-list';

/** The figures a review records are those of this period, so two reviews compare like with like. */
export const REVIEW_PERIOD = 'last-90' as const;

/** A recorded figure's name: the metric's, with the part ("median", "weighted") when it is not the main one. Pure. */
export function figureLabel(key: string, lang: Lang, problemsTotal: string): string {
  if (key === 'problems.total') return problemsTotal;
  if (key.startsWith('problems.')) {
    const id = key.slice('problems.'.length) as ProblemId;
    return PROBLEM_IDS.includes(id) ? problemDefinition(id).name[lang] : key;
  }
  const fig = HEADLINE_FIGURES.find((f) => f.key === key);
  if (!fig) return key;
  return headlineLabel(fig, lang);
}

function figureUnit(key: string): FigureUnit {
  return HEADLINE_FIGURES.find((f) => f.key === key)?.unit ?? 'count';
}

interface FigureRow {
  key: string;
  label: string;
  previous: string;
  current: string;
  change: string;
}

/** The "then / now / change" table of a review. Pure. */
export function figureRows(
  figures: readonly FigureDelta[],
  lang: Lang,
  currency: string,
  problemsTotal: string,
): FigureRow[] {
  return figures.map((f) => {
    const unit = figureUnit(f.key);
    return {
      key: f.key,
      label: figureLabel(f.key, lang, problemsTotal),
      previous: formatFigure(f.previous, unit, lang, currency),
      current: formatFigure(f.current, unit, lang, currency),
      change: formatChange(f.delta, unit, lang, currency),
    };
  });
}

/** Lead ids of every kind of change, in screen order; problems merged over all problem kinds. Pure. */
export function changeLists(
  diff: ReviewDiff,
): Record<'newLeads' | 'moves' | 'wins' | 'losses' | 'newProblems' | 'resolvedProblems', string[]> {
  const merged = (byProblem: Record<ProblemId, string[]>) => [
    ...new Set(PROBLEM_IDS.flatMap((id) => byProblem[id])),
  ];
  return {
    newLeads: diff.newLeads,
    moves: diff.moves.map((m) => m.leadId),
    wins: diff.wins,
    losses: diff.losses,
    newProblems: merged(diff.newProblems),
    resolvedProblems: merged(diff.resolvedProblems),
  };
}

interface TrendRow {
  month: string;
  created: number;
  won: number;
  lost: number;
  winRate: number | null;
  cycleMedianDays: number | null;
}

/** The last `count` months of the trend series, newest first, for the review's trend table. Pure. */
export function trendRows(trends: TrendSeries, count = 6): TrendRow[] {
  const rows: TrendRow[] = trends.months.map((m, i) => ({
    month: m.month,
    created: Object.values(trends.leadsBySource).reduce((n, s) => n + (s[i] ?? 0), 0),
    won: trends.won[i] ?? 0,
    lost: trends.lost[i] ?? 0,
    winRate: trends.winRate[i] ?? null,
    cycleMedianDays: trends.cycleMedianDays[i] ?? null,
  }));
  return rows.slice(-count).reverse();
}
