import { PROBLEM_DEFINITIONS } from '../../../shared/metrics/problem-definitions';
import type { ProblemsReport } from '../../../shared/metrics/problems';
import type { TeamData } from '../../../shared/metrics/team';
import { findingText, flagText, type ProblemWords } from '../../../shared/present/problem-text';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';
import { el, table } from './dom';
import type { LoadedFile } from './read-backups';
import { stageLabel } from './team-stage-names';

/** Enough rows to act on in one meeting; the rest is counted. */
const MAX_ROWS = 200;

export function problemsSection(
  problems: ProblemsReport,
  team: TeamData,
  files: readonly LoadedFile[],
  names: StageNameOverrides,
  lang: Lang,
): HTMLElement {
  const s = strings(lang);
  const problemName = (id: string) => PROBLEM_DEFINITIONS.find((p) => p.id === id)?.name[lang] ?? id;
  const ownerOf = (leadId: string) =>
    files[team.prefixes.findIndex((p) => p && leadId.startsWith(p))]?.owner ?? files[0]?.owner ?? '';
  const leadById = new Map(team.leads.map((l) => [l.id, l]));
  // Due dates stay as written (YYYY-MM-DD): reps in several countries read the same table.
  const words: ProblemWords = { lang, stageName: (id) => stageLabel(names, id, lang), day: (iso) => iso };

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
  for (const [id, flags] of problems.byLead) {
    const lead = leadById.get(id);
    const who = lead ? [lead.name, lead.company].filter(Boolean).join(' · ') : id;
    for (const f of flags)
      rows.push([
        ownerOf(id),
        who,
        stageLabel(names, f.stage, lang),
        problemName(f.problem),
        flagText(f, words),
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
