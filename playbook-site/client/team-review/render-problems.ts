import { PROBLEM_DEFINITIONS } from '../../../shared/metrics/problem-definitions';
import type { ProblemFlag, ProblemsReport } from '../../../shared/metrics/problems';
import type { TeamData } from '../../../shared/metrics/team';
import type { Lang, StageId } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';
import { el, table } from './dom';
import type { LoadedFile } from './read-backups';
import { strings } from './strings';
import { stageLabel } from './team-stage-names';

/** Enough rows to act on in one meeting; the rest is counted. */
const MAX_ROWS = 200;

function flagDetail(f: ProblemFlag, names: StageNameOverrides, lang: Lang): string {
  const s = strings(lang);
  const stage = (id: StageId) => stageLabel(names, id, lang);
  switch (f.rule) {
    case 'no-activity':
      return s.noActivity(f.days ?? 0, f.limit ?? 0);
    case 'next-step-overdue':
      return s.overdue(f.due ?? '');
    case 'next-step-missing':
      return s.missing;
    case 'skipped':
      return s.skippedStages((f.stages ?? []).map(stage).join(', '));
    case 'low-quality-late':
      return s.lowQuality(f.quality ?? 0);
    default:
      return '';
  }
}

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
    const detail =
      p.rule === 'capacity'
        ? s.capacity(p.count, p.limit)
        : s.stageLimit(p.count, p.stage ? stageLabel(names, p.stage, lang) : '', p.limit);
    rows.push([p.owner ?? '', s.pipelineWide, '', problemName(p.problem), detail]);
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
        flagDetail(f, names, lang),
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
