import { PROBLEM_DEFINITIONS } from '../../../shared/metrics/problem-definitions';
import type { ProblemFlag, ProblemsReport } from '../../../shared/metrics/problems';
import { ownerOfLead, type TeamFigures } from '../../../shared/metrics/team-figures';
import { findingText, flagText, type ProblemWords } from '../../../shared/present/problem-text';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';
import { el, table } from './dom';
import { formatIsoDay } from './format';
import { stageLabel } from './team-stage-names';

/** Enough rows to act on in one meeting; the rest is counted. */
const MAX_ROWS = 200;

/** How urgent a lead's flags are: a stalled deal loses money now, a late low-quality lead soon, a skip is a habit. */
const WEIGHT: Record<ProblemFlag['problem'], number> = {
  stalled: 100,
  'low-quality': 10,
  'skipped-stages': 1,
  'too-many-opportunities': 0,
};
const severity = (flags: readonly ProblemFlag[]) => flags.reduce((n, f) => n + WEIGHT[f.problem], 0);

export function problemsSection(
  problems: ProblemsReport,
  team: TeamFigures,
  names: StageNameOverrides,
  lang: Lang,
): HTMLElement {
  const s = strings(lang);
  const problemName = (id: string) => PROBLEM_DEFINITIONS.find((p) => p.id === id)?.name[lang] ?? id;
  const ownerOf = (leadId: string) => ownerOfLead(team, leadId);
  const leadById = new Map(team.combined.leads.map((l) => [l.id, l]));
  const words: ProblemWords = {
    lang,
    stageName: (id) => stageLabel(names, id, lang),
    day: (iso) => formatIsoDay(iso, lang),
  };

  const counts = el(
    'ul',
    { class: 'figures' },
    ...PROBLEM_DEFINITIONS.map((p) =>
      el(
        'li',
        { 'data-problem': p.id },
        el('span', { class: 'label' }, p.name[lang]),
        el('span', { class: 'value' }, problems.counts[p.id]),
        el('a', { href: `#problem-${p.id}`, class: 'note' }, s.whatToDo),
      ),
    ),
  );

  const rows: (string | Node)[][] = [];
  for (const p of problems.pipeline) {
    rows.push([p.owner ?? '', s.pipelineWide, '', problemName(p.problem), findingText(p, words)]);
  }
  // One row per lead (a lead with two problems is one lead to talk about), the most urgent first.
  const flagged = [...problems.byLead].sort(
    ([a, fa], [b, fb]) => severity(fb) - severity(fa) || fb.length - fa.length || (a < b ? -1 : 1),
  );
  for (const [id, flags] of flagged) {
    const lead = leadById.get(id);
    const who = lead ? [lead.name, lead.company].filter(Boolean).join(' · ') : id;
    const kinds = [...new Set(flags.map((f) => problemName(f.problem)))];
    rows.push([
      ownerOf(id),
      who,
      stageLabel(names, (flags[0] as ProblemFlag).stage, lang),
      kinds.join(', '),
      flags.map((f) => flagText(f, words)).join(' '),
    ]);
  }
  const shown = rows.slice(0, MAX_ROWS);
  return el(
    'section',
    { 'aria-labelledby': 'team-problems-title' },
    el('h3', { id: 'team-problems-title' }, s.problems),
    counts,
    rows.length
      ? table(s.problemsCaption, [s.rep, s.lead, s.stage, s.problem, s.detail], shown)
      : el('p', {}, s.noProblems),
    rows.length > MAX_ROWS ? el('p', {}, s.more(rows.length - MAX_ROWS)) : null,
  );
}
