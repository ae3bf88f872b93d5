import type { Bilingual, Lang } from '../process/stage-list';
import type { ProblemRule } from './problems';

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
    en: 'Time in stage (median / mean days, stays)',
    es: 'Tiempo en etapa (mediana / media en días, estancias)',
  },
  openByStage: { en: 'Open opportunities by stage', es: 'Oportunidades abiertas por etapa' },
  problems: { en: 'Problems', es: 'Problemas' },
  none: { en: 'none', es: 'ninguno' },
  whatToDo: { en: 'What to do', es: 'Qué hacer' },
  maturing: { en: 'still maturing', es: 'aún madurando' },
  median: { en: 'median', es: 'mediana' },
  mean: { en: 'mean', es: 'media' },
  weighted: { en: 'weighted', es: 'ponderado' },
  value: { en: 'value', es: 'valor' },
  perDay: { en: 'per day', es: 'al día' },
  otherCurrencies: { en: 'not added (other currencies)', es: 'no sumado (otras monedas)' },
  owner: { en: 'pipeline of', es: 'embudo de' },
  skipRule: { en: 'Skipped stages', es: 'Etapas saltadas' },
  days: { en: 'd', es: 'd' },
} satisfies Record<string, Bilingual>;

export function ruleText(rule: ProblemRule, lang: Lang, d: Record<string, string | number>): string {
  const t: Record<ProblemRule, Bilingual> = {
    'no-activity': {
      en: `no move or edit for ${d.days} days (limit ${d.limit})`,
      es: `sin cambios ni ediciones desde hace ${d.days} días (límite ${d.limit})`,
    },
    'next-step-overdue': {
      en: `next step overdue since ${d.due}`,
      es: `siguiente paso vencido desde el ${d.due}`,
    },
    'next-step-missing': {
      en: 'open opportunity with no next step',
      es: 'oportunidad abierta sin siguiente paso',
    },
    skipped: { en: `skipped ${d.stages}`, es: `se saltó ${d.stages}` },
    'low-quality-late': {
      en: `quality ${d.quality} in ${d.stage}`,
      es: `calidad ${d.quality} en ${d.stage}`,
    },
    capacity: {
      en: `${d.count} open opportunities, capacity ${d.limit}`,
      es: `${d.count} oportunidades abiertas, capacidad ${d.limit}`,
    },
    'stage-limit': {
      en: `${d.count} open leads in ${d.stage}, limit ${d.limit}`,
      es: `${d.count} leads abiertos en ${d.stage}, límite ${d.limit}`,
    },
  };
  return t[rule][lang];
}
