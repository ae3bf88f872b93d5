import type { Bilingual } from '../process/stage-list';

/** The static part of the team review section; the lazily loaded code has its own labels. */
export const TEAM_REVIEW_TEXT = {
  intro: {
    en: 'Drop the backup files your reps exported from the extension, one or several. This page computes the team’s combined metrics, problems and charts with the same engine the extension uses.',
    es: 'Suelta las copias de seguridad que los comerciales exportaron desde la extensión, una o varias. Esta página calcula las métricas, los problemas y los gráficos combinados del equipo con el mismo motor que usa la extensión.',
  },
  privacy: {
    en: 'The files are read inside this page and never leave your computer: nothing is uploaded.',
    es: 'Los archivos se leen dentro de esta página y no salen de tu ordenador: no se sube nada.',
  },
  dropHere: { en: 'Drop backup files here, or', es: 'Suelta aquí las copias de seguridad, o' },
  choose: { en: 'choose files', es: 'elige archivos' },
  period: { en: 'Period', es: 'Periodo' },
  clear: { en: 'Remove all files', es: 'Quitar todos los archivos' },
  needsJs: {
    en: 'The team review needs JavaScript. Everything else on this page works without it.',
    es: 'La revisión de equipo necesita JavaScript. El resto de la página funciona sin él.',
  },
  stageNamesNotice: {
    en: 'Showing your team’s own stage names from a backup’s settings.',
    es: 'Se muestran los nombres de etapa propios de tu equipo, tomados de los ajustes de una copia.',
  },
  useDefaultNames: { en: 'Use the default names', es: 'Usar los nombres por defecto' },
  fromServer: { en: 'Or read the team database', es: 'O lee la base de datos del equipo' },
  fromServerHint: {
    en: 'Your team’s server address and database, and your own sign-in. The password goes to the server only; this page keeps nothing.',
    es: 'La dirección del servidor del equipo y su base de datos, y tu propio acceso. La contraseña solo va al servidor; esta página no guarda nada.',
  },
  server: { en: 'Server', es: 'Servidor' },
  database: { en: 'Database', es: 'Base de datos' },
  user: { en: 'User name', es: 'Usuario' },
  password: { en: 'Password', es: 'Contraseña' },
  readServer: { en: 'Read the team database', es: 'Leer la base de datos del equipo' },
};

/** Shown in the page when the team review's own code fails to load. */
export const TEAM_REVIEW_LOAD_FAILED: Bilingual = {
  en: 'The team review could not start: ',
  es: 'La revisión de equipo no pudo arrancar: ',
};

export const PERIOD_LABELS: Record<string, Bilingual> = {
  'this-month': { en: 'This month', es: 'Este mes' },
  'last-30': { en: 'Last 30 days', es: 'Últimos 30 días' },
  'last-90': { en: 'Last 90 days', es: 'Últimos 90 días' },
  'this-quarter': { en: 'This quarter', es: 'Este trimestre' },
  'this-year': { en: 'This year', es: 'Este año' },
};
