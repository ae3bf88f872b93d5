import type { Bilingual } from '../process/stage-list';

/** Words of the text report that are not metric or problem definitions. */
export const REPORT_LABELS = {
  title: { en: 'Embudo pipeline report', es: 'Informe del embudo de Embudo' },
  period: { en: 'Period', es: 'Periodo' },
  files: { en: 'Files', es: 'Ficheros' },
  leads: { en: 'leads', es: 'leads' },
  headline: { en: 'Headline figures', es: 'Cifras principales' },
  bySource: { en: 'Leads by source', es: 'Leads por fuente' },
  funnel: { en: 'Funnel (leads created in the period)', es: 'Embudo (leads creados en el periodo)' },
  reached: { en: 'reached', es: 'llegaron' },
  movedOn: { en: 'moved on', es: 'avanzaron' },
  skipped: { en: 'skipped', es: 'saltada' },
  lostByStage: { en: 'Lost in the period, by stage', es: 'Perdidos en el periodo, por etapa' },
  lostReasons: { en: 'Lost reasons', es: 'Motivos de pérdida' },
  noReason: { en: '(no reason given)', es: '(sin motivo)' },
  timeInStage: {
    en: 'Time in stage (median / mean, stays)',
    es: 'Tiempo en etapa (mediana / media, estancias)',
  },
  openByStage: { en: 'Open opportunities by stage', es: 'Oportunidades abiertas por etapa' },
  problems: { en: 'Problems', es: 'Problemas' },
  none: { en: 'none', es: 'ninguno' },
  whatToDo: { en: 'What to do', es: 'Qué hacer' },
  maturing: { en: 'still maturing', es: 'aún madurando' },
  weighted: { en: 'weighted', es: 'ponderado' },
  otherCurrencies: { en: 'not added (other currencies)', es: 'no sumado (otras monedas)' },
  owner: { en: 'pipeline of', es: 'embudo de' },
  skipRule: { en: 'Skipped stages', es: 'Etapas saltadas' },
  definition: { en: 'Definition', es: 'Definición' },
} satisfies Record<string, Bilingual>;
