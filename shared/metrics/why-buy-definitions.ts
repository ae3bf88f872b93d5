import type { MetricDefinition } from './definition';

// Written for Embudo. Each text describes exactly what why-buy.ts computes.
export const WHY_BUY_DEFINITIONS: readonly MetricDefinition[] = [
  {
    id: 'pain-points',
    name: { en: 'Pain points of opportunities', es: 'Problemas de las oportunidades' },
    formula: {
      en: 'For each pain point on the team’s list: the opportunities opened in the period that have it picked, and how many of those are now won ÷ all of them.',
      es: 'Para cada problema de la lista del equipo: las oportunidades abiertas en el periodo que lo tienen elegido, y cuántas de ellas están hoy ganadas ÷ todas ellas.',
    },
    counts: {
      en: 'Leads that first reached the opportunity stage during the period, as for “Opportunity → won conversion”. A lead with several pain points counts once under each.',
      es: 'Leads que llegaron por primera vez a la etapa de oportunidad durante el periodo, como en «Conversión de oportunidad a venta». Un lead con varios problemas cuenta una vez en cada uno.',
    },
    excludes: {
      en: 'Pain points written only as free text, and opportunities with none picked (they count in the total only). Open deals stay in the denominator.',
      es: 'Los problemas escritos solo como texto libre y las oportunidades sin ninguno elegido (cuentan solo en el total). Los tratos abiertos siguen en el denominador.',
    },
    reading: {
      en: 'Which problems bring opportunities, and which of them we solve well enough to win. Ask about the frequent ones in Interest.',
      es: 'Qué problemas traen oportunidades y cuáles resolvemos lo bastante bien como para ganar. Pregunta por los frecuentes en Interés.',
    },
    unit: 'ratio',
  },
  {
    id: 'decision-helpers',
    name: { en: 'What helped decide: won vs lost', es: 'Qué ayudó a decidir: ganados y perdidos' },
    formula: {
      en: 'For each decision helper: won deals that have it ÷ all won deals, beside lost deals that have it ÷ all lost deals.',
      es: 'Para cada ayuda a la decisión: tratos ganados que la tienen ÷ todos los ganados, junto a tratos perdidos que la tienen ÷ todos los perdidos.',
    },
    counts: {
      en: 'Leads whose won or lost status was reached in the period, as for “Win percentage”. A deal with several helpers counts under each, so the shares need not add up to 100 %.',
      es: 'Leads cuyo estado de ganado o perdido se alcanzó en el periodo, como en «Porcentaje de victorias». Un trato con varias ayudas cuenta en cada una, así que los porcentajes no tienen por qué sumar 100 %.',
    },
    excludes: {
      en: 'Open deals, and helpers written only as free text. Deals with none picked are shown apart.',
      es: 'Los tratos abiertos y las ayudas escritas solo como texto libre. Los tratos sin ninguna elegida se muestran aparte.',
    },
    reading: {
      en: 'This shows association, not cause: a helper seen more often in won deals may simply be sent to deals that were going well. Try it on purpose before relying on it.',
      es: 'Esto muestra asociación, no causa: una ayuda más frecuente en los tratos ganados puede que solo se envíe a los que ya iban bien. Pruébala a propósito antes de fiarte de ella.',
    },
    unit: 'ratio',
  },
  {
    id: 'lost-by-stage',
    name: { en: 'Lost reasons by stage', es: 'Motivos de pérdida por etapa' },
    formula: {
      en: 'Deals lost in the period grouped by the stage they were in when lost, each stage’s share of all losses, and the reasons given there.',
      es: 'Tratos perdidos en el periodo agrupados por la etapa en la que estaban al perderse, la parte de todas las pérdidas de cada etapa y los motivos dados en ella.',
    },
    counts: {
      en: 'Leads whose lost status was reached in the period. A deal lost without a reason counts as “no reason given”.',
      es: 'Leads cuyo estado de perdido se alcanzó en el periodo. Un trato perdido sin motivo cuenta como «sin motivo».',
    },
    excludes: {
      en: 'Deals lost before the period, and deals reopened since (until they are lost again).',
      es: 'Los tratos perdidos antes del periodo y los reabiertos después (hasta que se pierdan de nuevo).',
    },
    reading: {
      en: 'Where and why prospects leave. Early losses with “not a fit” point at lead selection; late losses on price point at the proposal.',
      es: 'Dónde y por qué se van los prospectos. Pérdidas tempranas por «no encaja» señalan la selección de leads; pérdidas tardías por precio señalan la propuesta.',
    },
    unit: 'count',
  },
];
