import { rate } from '../metrics/stats';
import type { RateFigure } from '../metrics/types';
import type { WhyBuyFigure } from '../metrics/why-buy';
import type { Bilingual, Lang, StageId } from '../process/stage-list';
import type { TagItem } from '../process/why-buy-lists';
import { tagLabel } from '../process/why-buy-lists';
import { formatPercent } from './figures';
import { formatCount } from './numbers';

/** One "why they buy" figure as a table every surface draws the same way. */
interface WhyBuyTable {
  /** The metric it shows (definition, playbook anchor `#metric-<id>`). */
  metric: 'pain-points' | 'decision-helpers' | 'lost-by-stage';
  /** A line under the title: the totals the rows come from, or the caution the figure needs. */
  notes: string[];
  head: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
}

interface WhyBuyWords {
  lang: Lang;
  stageName: (stage: StageId) => string;
  /** The team's lists, removed items included (they still label the leads that have them). */
  painPoints: readonly TagItem[];
  decisionHelpers: readonly TagItem[];
}

const W = {
  painPoint: { en: 'Pain point', es: 'Problema' },
  opportunities: { en: 'Opportunities', es: 'Oportunidades' },
  won: { en: 'Won', es: 'Ganadas' },
  winRate: { en: 'Win rate', es: 'Tasa de victoria' },
  allOpportunities: { en: 'All opportunities', es: 'Todas las oportunidades' },
  helper: { en: 'What helped decide', es: 'Qué ayudó a decidir' },
  inWon: { en: 'In won deals', es: 'En tratos ganados' },
  inLost: { en: 'In lost deals', es: 'En tratos perdidos' },
  nonePicked: { en: 'None picked', es: 'Ninguna elegida' },
  stage: { en: 'Stage', es: 'Etapa' },
  lost: { en: 'Lost', es: 'Perdidos' },
  share: { en: 'Share', es: 'Parte' },
  reasons: { en: 'Reasons', es: 'Motivos' },
  noReason: { en: 'no reason given', es: 'sin motivo' },
  association: {
    en: 'Association, not cause: a helper more common in won deals may only have been sent to deals that were going well.',
    es: 'Asociación, no causa: una ayuda más frecuente en los tratos ganados puede que solo se enviara a tratos que ya iban bien.',
  },
  noPains: {
    en: 'No opportunity opened in the period has a pain point picked.',
    es: 'Ninguna oportunidad abierta en el periodo tiene un problema elegido.',
  },
  noClosed: {
    en: 'No deal was won or lost in the period.',
    es: 'No se ganó ni se perdió ningún trato en el periodo.',
  },
  noLost: { en: 'No deal was lost in the period.', es: 'No se perdió ningún trato en el periodo.' },
} satisfies Record<string, Bilingual>;

const tagged = (n: number, of: number, lang: Lang) =>
  lang === 'es'
    ? `${formatCount(n, lang)} de ${formatCount(of, lang)} oportunidades abiertas en el periodo tienen algún problema elegido.`
    : `${formatCount(n, lang)} of ${formatCount(of, lang)} opportunities opened in the period have a pain point picked.`;
const closedNote = (won: number, lost: number, lang: Lang) =>
  lang === 'es'
    ? `${formatCount(won, lang)} tratos ganados y ${formatCount(lost, lang)} perdidos en el periodo.`
    : `${formatCount(won, lang)} deals won and ${formatCount(lost, lang)} lost in the period.`;

/** "3 of 5 (60%)": the share with the counts it comes from. */
function shareText(r: RateFigure, lang: Lang): string {
  const of = lang === 'es' ? 'de' : 'of';
  return `${formatCount(r.numerator, lang)} ${of} ${formatCount(r.denominator, lang)} (${formatPercent(r.rate, lang)})`;
}

/** The three figures in words, in the order the surfaces show them. Pure. */
export function whyBuyTables(f: WhyBuyFigure, w: WhyBuyWords): WhyBuyTable[] {
  const { lang } = w;
  const p = f.painPoints;
  const d = f.decisionHelpers;
  const n = (x: number) => formatCount(x, lang);
  const pains: WhyBuyTable = {
    metric: 'pain-points',
    notes: [tagged(p.tagged, p.opportunities, lang)],
    head: [W.painPoint[lang], W.opportunities[lang], W.won[lang], W.winRate[lang]],
    rows: p.rows.length
      ? [
          ...p.rows.map((r) => [
            tagLabel(w.painPoints, r.id, lang),
            n(r.opportunities),
            n(r.won),
            formatPercent(r.winRate.rate, lang),
          ]),
          [
            W.allOpportunities[lang],
            n(p.opportunities),
            n(p.winRate.numerator),
            formatPercent(p.winRate.rate, lang),
          ],
        ]
      : [],
    empty: W.noPains[lang],
  };
  const helpers: WhyBuyTable = {
    metric: 'decision-helpers',
    notes: [closedNote(d.won, d.lost, lang), W.association[lang]],
    head: [W.helper[lang], W.inWon[lang], W.inLost[lang]],
    rows:
      d.won + d.lost > 0
        ? [
            ...d.rows.map((r) => [
              tagLabel(w.decisionHelpers, r.id, lang),
              shareText(r.won, lang),
              shareText(r.lost, lang),
            ]),
            [
              W.nonePicked[lang],
              shareText(rate(d.wonWithout, d.won), lang),
              shareText(rate(d.lostWithout, d.lost), lang),
            ],
          ]
        : [],
    empty: W.noClosed[lang],
  };
  const lost: WhyBuyTable = {
    metric: 'lost-by-stage',
    notes: [],
    head: [W.stage[lang], W.lost[lang], W.share[lang], W.reasons[lang]],
    rows: f.lostByStage.map((s) => [
      w.stageName(s.stage),
      n(s.lost),
      formatPercent(s.share, lang),
      s.reasons.map((r) => `${r.reason ?? W.noReason[lang]} ${n(r.count)}`).join(', '),
    ]),
    empty: W.noLost[lang],
  };
  return [pains, helpers, lost];
}
