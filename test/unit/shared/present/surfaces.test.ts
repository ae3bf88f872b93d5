// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { headlineCards } from '../../../../extension/popup/metrics/headline-view';
import { groupProblems } from '../../../../extension/popup/metrics/problems-view';
import { figureRows } from '../../../../extension/popup/metrics/review-view';
import { formatIsoDay } from '../../../../playbook-site/client/team-review/format';
import { figuresList } from '../../../../playbook-site/client/team-review/render-figures';
import { problemsSection } from '../../../../playbook-site/client/team-review/render-problems';
import { analyse } from '../../../../shared/metrics/analyse';
import { HEADLINE_FIGURES } from '../../../../shared/metrics/headline-figures';
import { resolvePeriod } from '../../../../shared/metrics/period';
import {
  type PipelineProblem,
  PROBLEM_IDS,
  type ProblemFlag,
  type ProblemsReport,
} from '../../../../shared/metrics/problems';
import { reportText } from '../../../../shared/metrics/report-text';
import { teamFigures } from '../../../../shared/metrics/team-figures';
import { figureLabel } from '../../../../shared/present/figure-label';
import { formatFigure } from '../../../../shared/present/figures';
import { findingText, flagText, type ProblemWords } from '../../../../shared/present/problem-text';
import { resolveProcess } from '../../../../shared/process/resolve-settings';
import { LANGS, type Lang } from '../../../../shared/process/stage-list';
import { EVENTS, LEADS, NOW, SETTINGS, ZONE } from '../metrics/reference-dataset';

/**
 * Every metric and every problem rule through each surface that shows them —
 * the popup's view models, the playbook's team review and the report CLI —
 * in both languages: each must print what the shared presenter says.
 */
const process = resolveProcess(SETTINGS);
const period = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, ZONE);
const { report } = analyse({
  leads: LEADS,
  events: EVENTS,
  settings: SETTINGS,
  period,
  now: NOW,
  zone: ZONE,
});
const [a, b, c, d, e] = LEADS.map((l) => l.id) as [string, string, string, string, string];

/** One flag of every rule, and both pipeline findings. */
const FLAGS: [string, ProblemFlag][] = [
  [a, { problem: 'stalled', rule: 'no-activity', stage: 'interest', days: 21, limit: 14 }],
  [b, { problem: 'stalled', rule: 'next-step-overdue', stage: 'decision', due: '2026-01-20' }],
  [c, { problem: 'stalled', rule: 'next-step-missing', stage: 'consideration' }],
  [
    d,
    { problem: 'skipped-stages', rule: 'skipped', stage: 'decision', stages: ['interest', 'consideration'] },
  ],
  [e, { problem: 'low-quality', rule: 'low-quality-late', stage: 'decision', quality: 2 }],
];
const FINDINGS: PipelineProblem[] = [
  { problem: 'too-many-opportunities', rule: 'capacity', count: 9, limit: 5 },
  { problem: 'too-many-opportunities', rule: 'stage-limit', stage: 'decision', count: 4, limit: 3 },
];
const problems: ProblemsReport = {
  byLead: new Map(FLAGS.map(([id, f]) => [id, [f]])),
  pipeline: FINDINGS,
  counts: Object.fromEntries(PROBLEM_IDS.map((id) => [id, 1])) as ProblemsReport['counts'],
  flaggedLeads: FLAGS.length,
  total: FLAGS.length + FINDINGS.length,
};
const ruleSet = new Set([...FLAGS.map(([, f]) => f.rule), ...FINDINGS.map((p) => p.rule)]);

const words = (lang: Lang): ProblemWords => ({
  lang,
  stageName: (s) => process.stageName(s, lang),
  day: (iso) => iso,
});
const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

describe.each(LANGS)('one presenter, every surface (%s)', (lang) => {
  const cli = reportText({ report, problems, leads: LEADS, process, lang, files: [] });
  const playbookFigures = figuresList(report, lang);
  const playbookProblems = problemsSection(
    problems,
    teamFigures({ reps: [{ owner: '', leads: LEADS, events: [] }], settings: SETTINGS, period, now: NOW }),
    {},
    lang,
  );
  const cells = [...playbookProblems.querySelectorAll('td')].map((td) => text(td));

  it('covers every problem rule', () => {
    expect([...ruleSet].sort()).toEqual(
      [
        'capacity',
        'low-quality-late',
        'next-step-missing',
        'next-step-overdue',
        'no-activity',
        'skipped',
        'stage-limit',
      ].sort(),
    );
  });

  it.each(HEADLINE_FIGURES.map((f) => [f.key, f] as const))('writes %s the same everywhere', (_key, f) => {
    const value = formatFigure(f.pick(report), f.unit, lang, report.currency);
    const label = figureLabel(f, lang);
    // The playbook's team review.
    const item = playbookFigures.querySelector(`[data-figure="${f.key}"]`);
    expect(text(item?.querySelector('.label'))).toBe(label);
    expect(text(item?.querySelector('.value'))).toBe(value);
    // The report CLI: the label, dots, then the figure (rates add their counts after it).
    const line = cli.split('\n').find((l) => l.startsWith(`  ${label} .`));
    expect(line, label).toBeDefined();
    expect(line?.replace(/^.*?\.+ /, '').startsWith(value)).toBe(true);
    // The popup: the review table, and the headline card of a main figure.
    const [row] = figureRows(
      [{ key: f.key, previous: null, current: f.pick(report), delta: null }],
      lang,
      report.currency,
      '',
    );
    expect(row).toMatchObject({ label, current: value });
    if (f.part === '') {
      const cards = headlineCards(report, { lang, say: (k) => k, source: (s) => s });
      expect(cards.find((card) => card.metric === f.metric)?.value).toBe(value);
    }
  });

  it('words every problem the same everywhere', () => {
    const w = words(lang);
    const groups = groupProblems(problems, LEADS);
    for (const [id, f] of FLAGS) {
      const said = flagText(f, w);
      expect(said).not.toBe('');
      // The playbook: one row per lead (its flags side by side), due dates in the reader's locale.
      const inPlaybook = flagText(f, { ...w, day: (iso) => formatIsoDay(iso, lang) });
      expect(
        cells.some((c) => c.includes(inPlaybook)),
        inPlaybook,
      ).toBe(true);
      expect(cli, said).toContain(said);
      // The popup's problems screen lists the same flag under its problem.
      const listed = groups.find((g) => g.id === f.problem)?.leads.find((l) => l.lead.id === id);
      expect(listed?.flags.map((x) => flagText(x, w))).toEqual([said]);
    }
    for (const p of FINDINGS) {
      const said = findingText(p, w);
      expect(cells).toContain(said);
      expect(cli).toContain(said);
      expect(groups.find((g) => g.id === p.problem)?.findings.map((x) => findingText(x, w))).toContain(said);
    }
  });
});
