import { metricDefinition } from '../../../shared/metrics/definitions';
import type { MetricsReport } from '../../../shared/metrics/types';
import type { Settings } from '../../../shared/model/settings';
import { strings } from '../../../shared/present/team-review-results-words';
import { whyBuyTables } from '../../../shared/present/why-buy-tables';
import type { Lang } from '../../../shared/process/stage-list';
import { tagList } from '../../../shared/process/why-buy-lists';
import type { StageNameOverrides } from '../stage-names';
import { el, table } from './dom';
import { stageLabel } from './team-stage-names';

/**
 * Pain points, decision helpers and lost reasons by stage for the dropped
 * files, through the same presenter as the popup and the report; `settings`
 * carries every file's lists together (mergeBackups).
 */
export function whyBuySection(
  report: MetricsReport,
  settings: Pick<Settings, 'painPoints' | 'decisionHelpers'>,
  names: StageNameOverrides,
  lang: Lang,
): HTMLElement {
  const s = strings(lang);
  const tables = whyBuyTables(report.whyBuy, {
    lang,
    stageName: (stage) => stageLabel(names, stage, lang),
    painPoints: tagList(settings, 'painPoints'),
    decisionHelpers: tagList(settings, 'decisionHelpers'),
  });
  return el(
    'section',
    { 'aria-labelledby': 'team-why-buy-title' },
    el('h3', { id: 'team-why-buy-title' }, s.whyBuy),
    ...tables.map((tb) => {
      const def = metricDefinition(tb.metric);
      return el(
        'div',
        { 'data-metric': tb.metric },
        el('h4', {}, def.name[lang]),
        el(
          'p',
          { class: 'note' },
          def.formula[lang],
          ' ',
          el('a', { href: `#metric-${tb.metric}` }, s.definition),
        ),
        ...tb.notes.map((n) => el('p', { class: 'note' }, n)),
        tb.rows.length
          ? table(def.name[lang], tb.head, tb.rows, tb.head.map((_, i) => i).slice(1, 3))
          : el('p', {}, tb.empty),
      );
    }),
  );
}
