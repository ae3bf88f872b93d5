import { HEADLINE_FIGURES } from '../../../shared/metrics/headline-figures';
import type { TeamFigures } from '../../../shared/metrics/team-figures';
import type { MetricsReport } from '../../../shared/metrics/types';
import { figureLabel } from '../../../shared/present/figure-label';
import { formatFigure } from '../../../shared/present/figures';
import { formatCount } from '../../../shared/present/numbers';
import { repTable } from '../../../shared/present/rep-table';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import { el, table } from './dom';
import { formatDate, formatDateTime } from './format';
import type { LoadedFile } from './read-backups';

export function filesTable(files: readonly LoadedFile[], lang: Lang): HTMLElement {
  const s = strings(lang);
  return table(
    s.filesCaption,
    [s.rep, s.file, s.leads, s.stageChanges, s.exported],
    files.map((f) => [
      f.owner,
      f.fileName,
      formatCount(f.backup.leads.length, lang),
      formatCount(f.backup.stageEvents.length, lang),
      formatDate(Date.parse(f.backup.exportedAt), lang),
    ]),
    [2, 3],
  );
}

/**
 * The rep-by-rep comparison beside the combined figures (the shared presenter's
 * table: rows reps, columns the metrics and problem counts), with when each rep
 * last synced when read from the team database.
 */
export function repsTable(figures: TeamFigures, lang: Lang, synced: boolean): HTMLElement {
  const t = repTable(figures, lang, synced ? (at) => formatDateTime(at, lang) : undefined);
  const numeric = t.columns.map((_, i) => i).filter((i) => i > 0 && i < t.columns.length - (synced ? 2 : 1));
  return el(
    'section',
    { 'aria-label': t.caption, id: 'team-reps' },
    table(t.caption, t.columns, t.rows, numeric),
  );
}

/** The headline figures, each linked to its definition on this page. */
export function figuresList(report: MetricsReport, lang: Lang): HTMLElement {
  const s = strings(lang);
  const items = HEADLINE_FIGURES.map((f) => {
    const label = figureLabel(f, lang);
    const maturing = f.metric === 'lead-to-opportunity' && report.leadToOpportunity.maturing;
    return el(
      'li',
      { 'data-figure': f.key },
      el('span', { class: 'label' }, label),
      el('span', { class: 'value' }, formatFigure(f.pick(report), f.unit, lang, report.currency)),
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
