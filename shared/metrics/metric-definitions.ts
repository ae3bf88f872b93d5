import type { MetricDefinition } from './definition';
import { WHY_BUY_DEFINITIONS } from './why-buy-definitions';

// Written for Embudo. Every text here describes exactly what the engine in this folder computes.
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    id: 'leads-by-source',
    name: { en: 'Leads per month by source', es: 'Leads al mes por fuente' },
    formula: {
      en: 'Count of leads created, grouped by their source and by the calendar month of creation.',
      es: 'Número de leads creados, agrupados por su fuente y por el mes natural en que se crearon.',
    },
    counts: {
      en: 'Every lead whose creation date falls inside the period, in the rep’s time zone.',
      es: 'Cada lead cuya fecha de creación cae dentro del periodo, en la zona horaria del comercial.',
    },
    excludes: {
      en: 'Nothing else: a lead counts once, whatever happened to it later.',
      es: 'Nada más: un lead cuenta una vez, pase lo que pase con él después.',
    },
    reading: {
      en: 'Shows which channels feed the pipeline. A source that shrinks month after month needs attention before the gap reaches the later stages.',
      es: 'Muestra qué canales alimentan el embudo. Una fuente que baja mes tras mes pide atención antes de que el hueco llegue a las etapas finales.',
    },
    unit: 'count',
  },
  {
    id: 'lead-to-opportunity',
    name: { en: 'Lead → opportunity conversion', es: 'Conversión de lead a oportunidad' },
    formula: {
      en: 'Leads created in the period that have reached the opportunity stage ÷ all leads created in the period.',
      es: 'Leads creados en el periodo que han llegado a la etapa de oportunidad ÷ todos los leads creados en el periodo.',
    },
    counts: {
      en: 'The cohort of leads created in the period. Reaching the stage by a skip, or being won, counts as reaching it.',
      es: 'La cohorte de leads creados en el periodo. Llegar a la etapa saltando etapas, o ganarse, cuenta como llegar.',
    },
    excludes: {
      en: 'Leads created outside the period, even if they became opportunities during it.',
      es: 'Los leads creados fuera del periodo, aunque se conviertan en oportunidad dentro de él.',
    },
    reading: {
      en: 'A recent cohort is still maturing: some of its leads will convert later, so the figure tends to rise. Compare cohorts of the same age.',
      es: 'Una cohorte reciente aún está madurando: parte de sus leads convertirán más tarde, así que la cifra suele subir. Compara cohortes de la misma edad.',
    },
    unit: 'ratio',
  },
  {
    id: 'opportunity-win-rate',
    name: { en: 'Opportunity → won conversion', es: 'Conversión de oportunidad a venta' },
    formula: {
      en: 'Opportunities opened in the period that are now won ÷ all opportunities opened in the period.',
      es: 'Oportunidades abiertas en el periodo que hoy están ganadas ÷ todas las oportunidades abiertas en el periodo.',
    },
    counts: {
      en: 'Leads that first reached the opportunity stage during the period, judged by their latest status.',
      es: 'Leads que llegaron por primera vez a la etapa de oportunidad durante el periodo, según su último estado.',
    },
    excludes: {
      en: 'Opportunities opened before the period. Deals still open stay in the denominator, which is why recent periods look lower.',
      es: 'Las oportunidades abiertas antes del periodo. Los tratos aún abiertos siguen en el denominador; por eso los periodos recientes salen más bajos.',
    },
    reading: {
      en: 'How well qualified opportunities turn into customers. A drop usually points at the proposal or the negotiation, not at lead generation.',
      es: 'Qué tal se convierten en clientes las oportunidades cualificadas. Una bajada suele señalar la propuesta o la negociación, no la captación.',
    },
    unit: 'ratio',
  },
  {
    id: 'win-percentage',
    name: { en: 'Win percentage', es: 'Porcentaje de victorias' },
    formula: {
      en: 'Deals won in the period ÷ (deals won + deals lost in the period).',
      es: 'Tratos ganados en el periodo ÷ (tratos ganados + tratos perdidos en el periodo).',
    },
    counts: {
      en: 'Leads whose current won or lost status was reached inside the period.',
      es: 'Leads cuyo estado actual de ganado o perdido se alcanzó dentro del periodo.',
    },
    excludes: {
      en: 'Open leads. A deal that was won or lost and then reopened counts only when it closes again.',
      es: 'Los leads abiertos. Un trato ganado o perdido que se reabre solo cuenta cuando vuelve a cerrarse.',
    },
    reading: {
      en: 'Of the deals that ended, how many ended well. Read it together with the number of closes: two wins out of three says little.',
      es: 'De los tratos que terminaron, cuántos terminaron bien. Léelo junto al número de cierres: dos de tres dice poco.',
    },
    unit: 'ratio',
  },
  {
    id: 'time-to-close-won',
    name: { en: 'Time to close a won deal', es: 'Tiempo hasta cerrar un trato ganado' },
    formula: {
      en: 'Days from the lead’s creation to the moment it was won; mean and median.',
      es: 'Días desde la creación del lead hasta que se ganó; media y mediana.',
    },
    counts: {
      en: 'Deals won in the period.',
      es: 'Tratos ganados en el periodo.',
    },
    excludes: {
      en: 'Lost and open deals.',
      es: 'Tratos perdidos y abiertos.',
    },
    reading: {
      en: 'How long a customer takes to say yes. The median resists a few very slow deals; when the mean is far above it, look at those outliers.',
      es: 'Cuánto tarda un cliente en decir que sí. La mediana aguanta unos pocos tratos muy lentos; si la media queda muy por encima, mira esos casos.',
    },
    unit: 'days',
  },
  {
    id: 'sales-cycle-length',
    name: { en: 'Sales-cycle length', es: 'Duración del ciclo de venta' },
    formula: {
      en: 'Days from first contact (the lead’s creation) to the close, won or lost; mean and median.',
      es: 'Días desde el primer contacto (la creación del lead) hasta el cierre, ganado o perdido; media y mediana.',
    },
    counts: {
      en: 'Deals closed in the period, won or lost.',
      es: 'Tratos cerrados en el periodo, ganados o perdidos.',
    },
    excludes: {
      en: 'Open deals, whose cycle has not ended yet.',
      es: 'Los tratos abiertos, cuyo ciclo aún no ha terminado.',
    },
    reading: {
      en: 'The pace of the whole pipeline. A longer cycle ties up the rep’s time; if losses are what grows it, drop hopeless deals sooner.',
      es: 'El ritmo de todo el embudo. Un ciclo más largo ocupa el tiempo del comercial; si lo alargan las pérdidas, descarta antes los tratos sin futuro.',
    },
    unit: 'days',
  },
  {
    id: 'open-opportunities',
    name: { en: 'Open opportunities', es: 'Oportunidades abiertas' },
    formula: {
      en: 'Open leads at or past the opportunity stage: how many, their total value, and the value weighted by each stage’s win probability.',
      es: 'Leads abiertos en la etapa de oportunidad o más allá: cuántos, su valor total y el valor ponderado por la probabilidad de ganar de cada etapa.',
    },
    counts: {
      en: 'The pipeline as it is now, whatever the period. Values in the team currency are added.',
      es: 'El embudo tal como está ahora, sea cual sea el periodo. Se suman los valores en la moneda del equipo.',
    },
    excludes: {
      en: 'Won, lost and earlier-stage leads. Values in other currencies are listed apart, never converted.',
      es: 'Leads ganados, perdidos o en etapas anteriores. Los valores en otras monedas se muestran aparte, nunca se convierten.',
    },
    reading: {
      en: 'The work in hand. The weighted value is a forecast; more opportunities than the rep can follow up is itself a problem.',
      es: 'El trabajo entre manos. El valor ponderado es una previsión; tener más oportunidades de las que el comercial puede atender es un problema en sí.',
    },
    unit: 'count',
  },
  {
    id: 'stage-funnel',
    name: { en: 'Stage-to-stage conversion and drop-off', es: 'Conversión entre etapas y abandonos' },
    formula: {
      en: 'For each stage: leads that reached it, and the share of those that reached the next one. Lost leads by the stage they were in and by reason.',
      es: 'Para cada etapa: leads que llegaron a ella y qué parte llegó a la siguiente. Leads perdidos según la etapa en que estaban y el motivo.',
    },
    counts: {
      en: 'Reached: leads created in the period, by the furthest stage they got to; a skipped stage counts as passed. Drop-off: leads lost in the period.',
      es: 'Llegadas: leads creados en el periodo, según la etapa más lejana alcanzada; una etapa saltada cuenta como superada. Abandonos: leads perdidos en el periodo.',
    },
    excludes: {
      en: 'Moving back does not undo a stage already reached. Skips are reported separately instead of being hidden.',
      es: 'Retroceder no deshace una etapa ya alcanzada. Los saltos se muestran aparte en lugar de ocultarse.',
    },
    reading: {
      en: 'The stage with the lowest share moving on is where prospects leave; the lost reasons say why. Fix that stage first.',
      es: 'La etapa con menor paso a la siguiente es donde se van los prospectos; los motivos de pérdida dicen por qué. Arregla esa etapa primero.',
    },
    unit: 'ratio',
  },
  {
    id: 'time-in-stage',
    name: { en: 'Time in stage', es: 'Tiempo en cada etapa' },
    formula: {
      en: 'Days an open lead stayed in a stage, from entering it to leaving it (a move or a close); mean and median per stage.',
      es: 'Días que un lead abierto pasó en una etapa, desde que entró hasta que salió (un cambio o un cierre); media y mediana por etapa.',
    },
    counts: {
      en: 'Stays that ended in the period, taken from the stage history.',
      es: 'Estancias que terminaron en el periodo, tomadas del historial de etapas.',
    },
    excludes: {
      en: 'Stays still running, and leads without a stage history.',
      es: 'Estancias que siguen en curso y leads sin historial de etapas.',
    },
    reading: {
      en: 'Where deals wait. Compare a stage’s median with its stall threshold: far above it means the threshold or the stage’s work needs a look.',
      es: 'Dónde esperan los tratos. Compara la mediana de una etapa con su umbral de estancamiento: muy por encima, hay que revisar el umbral o el trabajo de esa etapa.',
    },
    unit: 'days',
  },
  {
    id: 'pipeline-velocity',
    name: { en: 'Pipeline velocity', es: 'Velocidad del embudo' },
    formula: {
      en: 'Open opportunities × average won value × win percentage ÷ mean sales-cycle length in days.',
      es: 'Oportunidades abiertas × valor medio ganado × porcentaje de victorias ÷ duración media del ciclo de venta en días.',
    },
    counts: {
      en: 'Open opportunities now; average value, win percentage and cycle of the deals closed in the period.',
      es: 'Oportunidades abiertas ahora; valor medio, porcentaje de victorias y ciclo de los tratos cerrados en el periodo.',
    },
    excludes: {
      en: 'Won deals without a value or in another currency (from the average). Empty when any part is unknown.',
      es: 'Tratos ganados sin valor o en otra moneda (del promedio). Queda vacía si falta alguna parte.',
    },
    reading: {
      en: 'Roughly the money the pipeline brings in per day. It rises with more or bigger deals, a better win percentage or a shorter cycle.',
      es: 'Más o menos el dinero que el embudo genera al día. Sube con más tratos o más grandes, mejor porcentaje de victorias o un ciclo más corto.',
    },
    unit: 'money-per-day',
  },
  ...WHY_BUY_DEFINITIONS,
];
