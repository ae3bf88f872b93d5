import { HEADLINE_FIGURES } from '../../../shared/metrics/headline-figures';
import { METRIC_DEFINITIONS } from '../../../shared/metrics/metric-definitions';
import type { MetricsReport } from '../../../shared/metrics/types';
import type { Lang } from '../../../shared/process/stage-list';
import { el, table } from './dom';
import { formatDate, formatFigure, formatNumber } from './format';
import type { LoadedFile } from './read-backups';
import { strings } from './strings';

export function filesTable(files: readonly LoadedFile[], lang: Lang): HTMLElement {
  const s = strings(lang);
  return table(
    s.filesCaption,
    [s.rep, s.file, s.leads, s.stageChanges, s.exported],
    files.map((f) => [
      f.owner,
      f.fileName,
      formatNumber(f.backup.leads.length, lang),
      formatNumber(f.backup.stageEvents.length, lang),
      formatDate(Date.parse(f.backup.exportedAt), lang),
    ]),
    [2, 3],
  );
}

/** The headline figures, each linked to its definition on this page. */
export function figuresList(report: MetricsReport, lang: Lang): HTMLElement {
  const s = strings(lang);
  const partName = {
    '': s.partTotal,
    mean: s.partMean,
    median: s.partMedian,
    value: s.partValue,
    weighted: s.partWeighted,
  };
  const items = HEADLINE_FIGURES.map((f) => {
    const def = METRIC_DEFINITIONS.find((d) => d.id === f.metric);
    const name = def ? def.name[lang] : f.metric;
    // The main figure of a metric with parts, or of a per-month metric, still says what it is.
    const part = f.part || (f.metric === 'leads-by-source' ? '' : null);
    const label = part === null ? name : `${name} (${partName[part]})`;
    const maturing = f.metric === 'lead-to-opportunity' && report.leadToOpportunity.maturing;
    return el(
      'li',
      { 'data-figure': f.key },
      el('span', { class: 'label' }, label),
      el('span', { class: 'value' }, formatFigure(f.pick(report), f.unit, report.currency, lang)),
      maturing ? el('span', { class: 'note' }, s.maturing) : null,
      el('a', { href: `#metric-${f.metric}`, class: 'note' }, s.definition),
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'team-figures-title' },
    el('h3', { id: 'team-figures-title' }, s.figures),
    el('ul', { class: 'figures' }, ...items),
  );
}
