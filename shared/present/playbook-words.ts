import type { Bilingual, Lang } from '../process/stage-list';

/** Pick one language of a bilingual text. */
export const pick = (text: Bilingual, lang: Lang): string => text[lang];

/** Labels of the page's chrome: headings, table heads, buttons. Prose lives in playbook-site/content/guide-*.ts. */
export const UI = {
  title: { en: 'Sales pipeline playbook', es: 'Manual del embudo de ventas' },
  tagline: {
    en: 'How our team runs its pipeline: the stages, the metrics, the problems to watch and the review ritual.',
    es: 'Cómo gestiona el equipo su embudo: las etapas, las métricas, los problemas a vigilar y la revisión periódica.',
  },
  skipToContent: { en: 'Skip to content', es: 'Saltar al contenido' },
  language: { en: 'Language', es: 'Idioma' },
  contents: { en: 'Contents', es: 'Índice' },
  pipeline: { en: 'What the pipeline is', es: 'Qué es el embudo de ventas' },
  atAGlance: { en: 'The pipeline at a glance', es: 'El embudo de un vistazo' },
  stages: { en: 'The five stages', es: 'Las cinco etapas' },
  metrics: { en: 'Metrics', es: 'Métricas' },
  problems: { en: 'Problems and what to do', es: 'Problemas y qué hacer' },
  review: { en: 'The review ritual', es: 'La revisión periódica' },
  roles: { en: 'Roles', es: 'Roles' },
  teamReview: { en: 'Team review', es: 'Revisión de equipo' },
  extension: { en: 'Installing and using the extension', es: 'Instalar y usar la extensión' },
  privacy: { en: 'Privacy', es: 'Privacidad' },
  /** Above the process when the page shows the team's live one (who saved it, when). */
  teamProcessIntro: {
    en: 'The stages, thresholds and lists below are your team’s process.',
    es: 'Las etapas, los umbrales y las listas de abajo son el proceso de tu equipo.',
  },
  setByTeam: { en: 'Set by your team', es: 'Definido por tu equipo' },
  stage: { en: 'Stage', es: 'Etapa' },
  meaning: { en: 'What it means', es: 'Qué significa' },
  entry: { en: 'Enters when', es: 'Entra cuando' },
  exit: { en: 'Moves on when', es: 'Avanza cuando' },
  checklist: { en: 'Checklist', es: 'Lista de comprobación' },
  stalledAfter: { en: 'Stalled after', es: 'Estancado tras' },
  winProbability: { en: 'Win probability', es: 'Probabilidad de ganar' },
  days: { en: 'days', es: 'días' },
  opportunityFromHere: {
    en: 'From this stage on, a lead counts as an opportunity.',
    es: 'A partir de esta etapa, el lead cuenta como oportunidad.',
  },
  resetChecklist: { en: 'Clear ticks', es: 'Borrar marcas' },
  formula: { en: 'Formula', es: 'Fórmula' },
  counts: { en: 'What counts', es: 'Qué se cuenta' },
  excludes: { en: 'What is left out', es: 'Qué queda fuera' },
  reading: { en: 'How to read it', es: 'Cómo leerla' },
  countingRules: { en: 'Counting rules', es: 'Reglas de recuento' },
  unit: { en: 'Unit', es: 'Unidad' },
  rule: { en: 'When it is flagged', es: 'Cuándo se señala' },
  action: { en: 'What to do', es: 'Qué hacer' },
  lostReasons: { en: 'Reasons for a lost deal', es: 'Motivos de un trato perdido' },
  painPointsToAsk: {
    en: 'Pain points to ask about (the team’s list; the rep picks them on the lead)',
    es: 'Problemas por los que preguntar (lista del equipo; el comercial los elige en el lead)',
  },
  helpersToSend: {
    en: 'What to send to help them decide (the team’s list; the rep picks what was sent on the lead)',
    es: 'Qué enviar para ayudarles a decidir (lista del equipo; el comercial elige en el lead lo enviado)',
  },
  screenshot: { en: 'Screenshot', es: 'Captura de pantalla' },
  screenshotMissing: { en: 'Screenshot to come', es: 'Captura pendiente' },
  footer: {
    en: 'Generated from the process and metric definitions the Embudo extension uses, so both always say the same.',
    es: 'Generado a partir de las mismas definiciones del proceso y de las métricas que usa la extensión Embudo: ambos dicen siempre lo mismo.',
  },
} satisfies Record<string, Bilingual>;

/** Names of units as metric definitions spell them. */
export const UNIT_NAMES: Record<string, Bilingual> = {
  count: { en: 'count', es: 'número' },
  ratio: { en: 'percentage', es: 'porcentaje' },
  days: { en: 'days', es: 'días' },
  money: { en: 'money', es: 'importe' },
  'money-per-day': { en: 'money per day', es: 'importe por día' },
};

export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };
