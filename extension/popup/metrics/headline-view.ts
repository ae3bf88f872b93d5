import type { MetricId } from '../../../shared/metrics/definitions';
import { leadsPerMonth } from '../../../shared/metrics/leads-by-source';
import type { DurationFigure, MaturingRate, MetricsReport } from '../../../shared/metrics/types';
import { formatDays, formatFigure, formatPercent } from '../../../shared/present/figures';
import { formatCount, formatMoney, nf } from '../../../shared/present/numbers';
import type { Lang } from '../../../shared/process/stage-list';
import type { MessageKey } from '../../ui/i18n';

/** The UI's message lookup (t in the popup, a stand-in in tests). */
export type Say = (key: MessageKey, ...subs: (string | number)[]) => string;

/** One headline figure as the screen shows it: the number, its context, and a maturing note where due. */
interface HeadlineCard {
  metric: MetricId;
  value: string;
  details: string[];
  /** Said next to cohort conversions while the cohort can still convert. */
  maturing: string | null;
}

interface HeadlineContext {
  lang: Lang;
  say: Say;
  source: (source: string) => string;
}

function maturingNote(rate: MaturingRate, c: HeadlineContext): string | null {
  return rate.maturing ? c.say('metricMaturing', formatCount(rate.stillOpen, c.lang)) : null;
}

function durationCard(metric: MetricId, d: DurationFigure, c: HeadlineContext): HeadlineCard {
  return {
    metric,
    value: formatDays(d.medianDays, c.lang),
    details:
      d.count > 0
        ? [c.say('metricMedianMean', formatDays(d.meanDays, c.lang), formatCount(d.count, c.lang))]
        : [c.say('metricNoneClosed')],
    maturing: null,
  };
}

function bySourceLine(bySource: Record<string, number>, c: HeadlineContext): string[] {
  const parts = Object.entries(bySource)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([s, n]) => `${c.source(s)} ${formatCount(n, c.lang)}`);
  return parts.length ? [parts.join(' · ')] : [];
}

/**
 * "Leads per month by source (total in the period)": the total, then the monthly
 * figure as the average over the period's length, then the sources.
 */
function leadsCard(r: MetricsReport, c: HeadlineContext): HeadlineCard {
  const { total, bySource } = r.leadsBySource;
  const { perMonth, months } = leadsPerMonth(total, r.period);
  const one = (n: number) => nf(c.lang, 'f1', { maximumFractionDigits: 1 }).format(n);
  return {
    metric: 'leads-by-source',
    value: formatCount(total, c.lang),
    details: [
      ...(total > 0 ? [c.say('metricPerMonthAverage', one(perMonth), one(months))] : []),
      ...bySourceLine(bySource, c),
    ],
    maturing: null,
  };
}

/** The headline figures of a report, in screen order. Pure. */
export function headlineCards(r: MetricsReport, c: HeadlineContext): HeadlineCard[] {
  const { lang, say } = c;
  const money = (v: number | null) => formatMoney(v, r.currency, lang);
  const open = r.openOpportunities;
  const openDetails = [say('metricValueWeighted', money(open.totalValue), money(open.weightedValue))];
  if (open.withoutValue > 0)
    openDetails.push(say('metricWithoutValue', formatCount(open.withoutValue, lang)));
  const others = Object.entries(open.otherCurrencies);
  if (others.length) {
    openDetails.push(
      say('metricOtherCurrencies', others.map(([cur, m]) => formatMoney(m.value, cur, lang)).join(' + ')),
    );
  }
  const v = r.pipelineVelocity;
  return [
    leadsCard(r, c),
    {
      metric: 'lead-to-opportunity',
      value: formatPercent(r.leadToOpportunity.rate, lang),
      details: [
        say(
          'metricOfLeads',
          formatCount(r.leadToOpportunity.numerator, lang),
          formatCount(r.leadToOpportunity.denominator, lang),
        ),
      ],
      maturing: maturingNote(r.leadToOpportunity, c),
    },
    {
      metric: 'opportunity-win-rate',
      value: formatPercent(r.opportunityWinRate.rate, lang),
      details: [
        say(
          'metricOfOpportunities',
          formatCount(r.opportunityWinRate.won, lang),
          formatCount(r.opportunityWinRate.denominator, lang),
        ),
      ],
      maturing: maturingNote(r.opportunityWinRate, c),
    },
    {
      metric: 'win-percentage',
      value: formatPercent(r.winPercentage.rate, lang),
      details: [
        say('metricWonLost', formatCount(r.winPercentage.won, lang), formatCount(r.winPercentage.lost, lang)),
      ],
      maturing: null,
    },
    durationCard('time-to-close-won', r.timeToCloseWon, c),
    durationCard('sales-cycle-length', r.salesCycleLength, c),
    {
      metric: 'open-opportunities',
      value: formatCount(open.count, lang),
      details: openDetails,
      maturing: null,
    },
    {
      metric: 'pipeline-velocity',
      value: formatFigure(v.valuePerDay, 'money-per-day', lang, r.currency),
      details: [
        say(
          'metricVelocityParts',
          formatCount(v.openOpportunities, lang),
          money(v.averageWonValue),
          formatPercent(v.winRate, lang),
          formatDays(v.cycleDays, lang),
        ),
      ],
      maturing: null,
    },
  ];
}
