import type { Lang } from '../process/stage-list';

/**
 * Labels of the team review results (the lazily loaded part), as { en, es }
 * pairs like every other playbook and report word; a pair may be a function of
 * the figures it reports.
 */
const RESULTS = {
  invalidFile: {
    en: (name: string) => `${name} is not a valid Embudo backup and was not loaded:`,
    es: (name: string) => `${name} no es una copia de seguridad válida de Embudo y no se ha cargado:`,
  },
  unreadable: {
    en: (name: string) => `${name} could not be read.`,
    es: (name: string) => `No se ha podido leer ${name}.`,
  },
  loaded: {
    en: (files: number, leads: number, events: number) =>
      `${files} ${files === 1 ? 'file' : 'files'} loaded: ${leads} leads, ${events} stage changes.`,
    es: (files: number, leads: number, events: number) =>
      `${files} ${files === 1 ? 'archivo cargado' : 'archivos cargados'}: ${leads} leads, ${events} cambios de etapa.`,
  },
  periodRange: {
    en: (from: string, to: string) => `Period: ${from} to ${to}.`,
    es: (from: string, to: string) => `Periodo: del ${from} al ${to}.`,
  },
  filesCaption: { en: 'Files in this review', es: 'Archivos de esta revisión' },
  rep: { en: 'Rep', es: 'Comercial' },
  file: { en: 'File', es: 'Archivo' },
  leads: { en: 'Leads', es: 'Leads' },
  stageChanges: { en: 'Stage changes', es: 'Cambios de etapa' },
  exported: { en: 'Exported', es: 'Exportado' },
  figures: { en: 'Team figures', es: 'Cifras del equipo' },
  definition: { en: 'definition', es: 'definición' },
  maturing: {
    en: 'Recent leads are still maturing: this rate may still rise.',
    es: 'Los leads recientes aún están madurando: esta tasa todavía puede subir.',
  },
  charts: { en: 'Charts', es: 'Gráficos' },
  showTable: { en: 'Show as a table', es: 'Ver como tabla' },
  leadsBySourceChart: { en: 'Leads per month by source', es: 'Leads al mes por fuente' },
  funnelChart: {
    en: 'Funnel: leads of the period that reached each stage',
    es: 'Embudo: leads del periodo que llegaron a cada etapa',
  },
  winRateChart: { en: 'Win percentage by month of closing', es: 'Porcentaje de victorias por mes de cierre' },
  cycleChart: {
    en: 'Sales-cycle length by month of closing (days)',
    es: 'Duración del ciclo de venta por mes de cierre (días)',
  },
  month: { en: 'Month', es: 'Mes' },
  total: { en: 'Total', es: 'Total' },
  stage: { en: 'Stage', es: 'Etapa' },
  reached: { en: 'Reached', es: 'Llegaron' },
  movedOn: { en: 'Moved on', es: 'Avanzaron' },
  skipped: { en: 'Skipped over', es: 'Saltada' },
  lostHere: { en: 'Lost here', es: 'Perdidos aquí' },
  winRate: { en: 'Win %', es: '% victorias' },
  won: { en: 'Won', es: 'Ganados' },
  lost: { en: 'Lost', es: 'Perdidos' },
  mean: { en: 'Mean', es: 'Media' },
  median: { en: 'Median', es: 'Mediana' },
  lostReasons: { en: 'Why deals were lost', es: 'Por qué se perdieron tratos' },
  whyBuy: { en: 'Why they buy, and where they leave', es: 'Por qué compran y dónde se van' },
  reason: { en: 'Reason', es: 'Motivo' },
  count: { en: 'Count', es: 'Número' },
  noReason: { en: '(no reason given)', es: '(sin motivo)' },
  problems: { en: 'Problems', es: 'Problemas' },
  noProblems: { en: 'No problems flagged.', es: 'No hay problemas señalados.' },
  problemsCaption: { en: 'Flagged leads', es: 'Leads señalados' },
  lead: { en: 'Lead', es: 'Lead' },
  problem: { en: 'Problem', es: 'Problema' },
  detail: { en: 'Detail', es: 'Detalle' },
  whatToDo: { en: 'what to do', es: 'qué hacer' },
  more: { en: (n: number) => `…and ${n} more.`, es: (n: number) => `…y ${n} más.` },
  pipelineWide: { en: '(whole pipeline)', es: '(todo el embudo)' },
  dbReading: {
    en: 'Signing in and reading the team database…',
    es: 'Accediendo y leyendo la base de datos del equipo…',
  },
  dbLoaded: {
    en: (db: string, reps: number, leads: number) =>
      `Team database ${db}: ${reps} ${reps === 1 ? 'rep' : 'reps'}, ${leads} leads.`,
    es: (db: string, reps: number, leads: number) =>
      `Base de datos del equipo ${db}: ${reps} ${reps === 1 ? 'comercial' : 'comerciales'}, ${leads} leads.`,
  },
  dbFailed: {
    en: (why: string) => `The team database could not be read: ${why}`,
    es: (why: string) => `No se ha podido leer la base de datos del equipo: ${why}`,
  },
  /** Built-in lead sources by name; a team's own sources are shown as typed. */
  sources: {
    en: {
      linkedin: 'LinkedIn',
      email: 'Email',
      web: 'Web',
      manual: 'Manual',
      referral: 'Referral',
      import: 'Import',
    } as Record<string, string>,
    es: {
      linkedin: 'LinkedIn',
      email: 'Correo',
      web: 'Web',
      manual: 'Manual',
      referral: 'Recomendación',
      import: 'Importación',
    } as Record<string, string>,
  },
};

/** Each label has the same shape (text, or a function of the same figures) in both languages. */
type ResultWords = { [K in keyof typeof RESULTS]: (typeof RESULTS)[K]['en'] };
export const TEAM_REVIEW_RESULTS: { [K in keyof ResultWords]: Record<Lang, ResultWords[K]> } = RESULTS;

/** The results' labels in one language, read as `strings(lang).loaded(…)`. */
export const strings = (lang: Lang): ResultWords =>
  Object.fromEntries(Object.entries(TEAM_REVIEW_RESULTS).map(([k, v]) => [k, v[lang]])) as ResultWords;
