import { useEffect, useMemo, useState } from 'preact/hooks';
import { problemDefinition } from '../../../shared/metrics/definitions';
import { type ProblemTally, tallyProblems } from '../../../shared/metrics/problem-tally';
import { findProblems } from '../../../shared/metrics/problems';
import { findingText, type ProblemWords } from '../../../shared/present/problem-text';
import { t, uiLang } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';
import { problemCount } from '../ui/problem-count-store';
import { problemWords } from '../ui/problem-words';
import { useMetricsData } from './metrics-data';
import { ProblemRow } from './problem-row';
import { groupProblems, type ProblemGroup } from './problems-view';
import './metrics.css';

/** Leads shown per problem before "show more": a long list must not slow the popup down. */
const PAGE = 25;

function ProblemSection({ group, count, text }: { group: ProblemGroup; count: number; text: ProblemWords }) {
  const [shown, setShown] = useState(PAGE);
  const lang = uiLang();
  const def = problemDefinition(group.id);
  const titleId = `problem-${group.id}-title`;
  return (
    <section class="problem-group" data-problem={group.id} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {def.name[lang]} <span class="count">({count})</span>
      </h3>
      <p class="hint">{def.rule[lang]}</p>
      <p class="problem-action">
        <strong>{t('whatToDo')}:</strong> {def.action[lang]}{' '}
        <a href={playbookLink(`problem-${group.id}`)} target="_blank" rel="noopener noreferrer">
          {t('problemInPlaybook')}
          <span class="visually-hidden">: {def.name[lang]}</span>
        </a>
      </p>
      {group.findings.length ? (
        <ul class="problem-findings">
          {group.findings.map((f) => (
            <li key={`${f.rule}-${f.stage ?? ''}`}>{findingText(f, text)}</li>
          ))}
        </ul>
      ) : null}
      {group.leads.length ? (
        <ul class="problem-leads">
          {group.leads.slice(0, shown).map(({ lead, flags }) => (
            <ProblemRow key={lead.id} lead={lead} flags={flags} text={text} />
          ))}
        </ul>
      ) : null}
      {group.leads.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE * 4)}>
          {t('showMoreLeads', group.leads.length - shown)}
        </button>
      ) : null}
    </section>
  );
}

function totalLine(tally: ProblemTally): string {
  if (tally.problems === 0) return t('problemsNone');
  return tally.pipeline > 0
    ? t('problemsTotalPipeline', tally.leads, tally.problems, tally.pipeline)
    : t('problemsTotal', tally.leads, tally.problems);
}

/** Every flagged lead, grouped by problem, with what to do about each; and the pipeline's own findings. */
export default function ProblemsScreen() {
  const loaded = useMetricsData();
  const result = useMemo(() => {
    if (loaded.status !== 'ready') return null;
    const report = findProblems({ ...loaded.data, now: loaded.now });
    return { tally: tallyProblems(report), groups: groupProblems(report, loaded.data.leads) };
  }, [loaded]);
  // The tab shows what this screen counted (the badge's count was read before it).
  useEffect(() => {
    if (result) problemCount.value = result.tally.problems;
  }, [result]);
  const text = problemWords();
  return (
    <section class="problems-screen" aria-labelledby="problems-screen-title">
      <h2 id="problems-screen-title">{t('problemsScreenTitle')}</h2>
      {loaded.status === 'loading' ? <p class="loading">{t('loading')}</p> : null}
      {loaded.status === 'error' ? (
        <p class="message message-warn">{t('loadFailed', loaded.message)}</p>
      ) : null}
      {result ? (
        <p
          class="problems-total"
          data-total={result.tally.problems}
          data-leads={result.tally.leads}
          data-pipeline={result.tally.pipeline}
        >
          {totalLine(result.tally)}
        </p>
      ) : null}
      {result?.groups.map((g) => (
        <ProblemSection key={g.id} group={g} count={result.tally.byProblem[g.id]} text={text} />
      ))}
    </section>
  );
}
