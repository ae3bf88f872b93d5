import { formatDays, formatPercent } from '../present/figures';
import { formatCount, NO_VALUE } from '../present/numbers';
import type { Lang } from '../process/stage-list';
import type { ChartUnit } from './chart-data';

type Format = (v: number | null, unit: ChartUnit) => string;
const tables = new Map<Lang, Format>();
const axes = new Map<Lang, Format>();

/** Cell text of a chart's table (popup and playbook alike): "42 %", "12 days", "7". One function per language, so charts are not redrawn. */
export function tableFormat(lang: Lang): Format {
  let f = tables.get(lang);
  if (!f) {
    f = (v, unit) =>
      v === null
        ? NO_VALUE
        : unit === 'ratio'
          ? formatPercent(v, lang)
          : unit === 'days'
            ? formatDays(v, lang)
            : formatCount(v, lang);
    tables.set(lang, f);
  }
  return f;
}

/** Axis labels: the same without the unit word for days, which would not fit. */
export function axisFormat(lang: Lang): Format {
  let f = axes.get(lang);
  if (!f) {
    f = (v, unit) => (v === null ? '' : unit === 'ratio' ? formatPercent(v, lang) : formatCount(v, lang));
    axes.set(lang, f);
  }
  return f;
}
