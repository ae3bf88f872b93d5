import type { Bilingual } from '../process/stage-list';
import type { ProblemDefinition } from './definition';

export const PROBLEM_DEFINITIONS: readonly ProblemDefinition[] = [
  {
    id: 'stalled',
    name: { en: 'Stalled', es: 'Estancada' },
    rule: {
      en: 'An open lead with no move and no edit for longer than its stage’s stall threshold; or an open opportunity whose next step is missing or past its due date.',
      es: 'Un lead abierto sin cambios de etapa ni ediciones durante más tiempo que el umbral de su etapa; o una oportunidad abierta sin siguiente paso o con el paso vencido.',
    },
    action: {
      en: 'Contact the prospect and agree a dated next step. If there is no real interest any more, mark the deal lost with its reason.',
      es: 'Contacta con el prospecto y acordad un siguiente paso con fecha. Si ya no hay interés real, marca el trato como perdido con su motivo.',
    },
  },
  {
    id: 'skipped-stages',
    name: { en: 'Skipped stages', es: 'Etapas saltadas' },
    rule: {
      en: 'An open lead that moved forward past one or more stages and has not been through them since.',
      es: 'Un lead abierto que avanzó saltándose una o más etapas y no ha pasado por ellas desde entonces.',
    },
    action: {
      en: 'Go through the checklist of each skipped stage: confirm the need, the budget and who decides. Move the lead back if something is missing.',
      es: 'Repasa la lista de cada etapa saltada: confirma la necesidad, el presupuesto y quién decide. Si falta algo, devuelve el lead a esa etapa.',
    },
  },
  {
    id: 'too-many-opportunities',
    name: { en: 'Too many opportunities', es: 'Demasiadas oportunidades' },
    rule: {
      en: 'More open opportunities than the capacity set in settings, or more open leads in a stage than that stage’s limit.',
      es: 'Más oportunidades abiertas que la capacidad definida en los ajustes, o más leads abiertos en una etapa que su límite.',
    },
    action: {
      en: 'Rank the open deals by value and quality, close out the weakest ones and give the rest full attention. A few good prospects beat many weak ones.',
      es: 'Ordena los tratos abiertos por valor y calidad, cierra los más flojos y dedica toda la atención al resto. Pocos prospectos buenos valen más que muchos flojos.',
    },
  },
  {
    id: 'low-quality',
    name: { en: 'Low quality late in the pipeline', es: 'Baja calidad al final del embudo' },
    rule: {
      en: 'An open lead rated 1 or 2 for quality that is in the Decision stage or later.',
      es: 'Un lead abierto con calidad 1 o 2 que está en la etapa de Decisión o posterior.',
    },
    action: {
      en: 'Check whether the rating is still right. If it is, decide quickly whether the deal is worth the effort, or mark it lost and spend the time on better prospects.',
      es: 'Comprueba si la valoración sigue siendo correcta. Si lo es, decide pronto si el trato merece el esfuerzo, o márcalo como perdido y dedica el tiempo a mejores prospectos.',
    },
  },
];

/** The rule the funnel follows for skipped stages, shown next to the funnel and in the playbook. */
export const SKIPPED_STAGE_RULE: Bilingual = {
  en: 'A stage a lead jumped over counts as reached and passed in the funnel, so every stage holds at least as many leads as the one after it. Skips are counted on their own (per stage and in total) and an open lead with a skip is flagged until it goes through the skipped stage or closes.',
  es: 'Una etapa que un lead se saltó cuenta en el embudo como alcanzada y superada, de modo que cada etapa tiene al menos tantos leads como la siguiente. Los saltos se cuentan aparte (por etapa y en total) y un lead abierto con un salto queda señalado hasta que pasa por la etapa saltada o se cierra.',
};

/** How reopened deals and leads without history are read; shown with the definitions. */
export const STATUS_RULE: Bilingual = {
  en: 'A lead’s current stage and status come from its latest stage event; a deal won or lost and then reopened counts as open. A lead with no events is read from its own fields.',
  es: 'La etapa y el estado actuales de un lead salen de su último cambio registrado; un trato ganado o perdido y luego reabierto cuenta como abierto. Un lead sin historial se lee de sus propios campos.',
};
