import { metricDefinition } from '../metrics/definitions';
import type { HeadlineFigure } from '../metrics/headline-figures';
import type { Bilingual, Lang } from '../process/stage-list';

/** Which part of a metric a secondary figure is. */
const PART: Record<Exclude<HeadlineFigure['part'], ''> | 'total', Bilingual> = {
  total: { en: 'total in the period', es: 'total del periodo' },
  mean: { en: 'mean', es: 'media' },
  median: { en: 'median', es: 'mediana' },
  value: { en: 'total value', es: 'valor total' },
  weighted: { en: 'weighted value', es: 'valor ponderado' },
};

/**
 * A headline figure's name: the metric's, with the part ("median", "weighted
 * value") when it is not the main figure. Leads by source is a per-month
 * metric, so its one number still says it is the period's total.
 */
export function figureLabel(figure: Pick<HeadlineFigure, 'metric' | 'part'>, lang: Lang): string {
  const name = metricDefinition(figure.metric).name[lang];
  const part = figure.part || (figure.metric === 'leads-by-source' ? 'total' : '');
  return part ? `${name} (${PART[part][lang]})` : name;
}
