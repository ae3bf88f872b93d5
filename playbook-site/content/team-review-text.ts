import type { Bilingual } from '../../shared/process/stage-list';

const both = (en: string, es: string): Bilingual => ({ en, es });

/** The static part of the team review section; the lazily loaded code has its own labels. */
export const TEAM_REVIEW_TEXT = {
  intro: both(
    'Drop the backup files your reps exported from the extension, one or several. This page computes the team’s combined metrics, problems and charts with the same engine the extension uses.',
    'Suelta las copias de seguridad que los comerciales exportaron desde la extensión, una o varias. Esta página calcula las métricas, los problemas y los gráficos combinados del equipo con el mismo motor que usa la extensión.',
  ),
  privacy: both(
    'The files are read inside this page and never leave your computer: nothing is uploaded.',
    'Los archivos se leen dentro de esta página y no salen de tu ordenador: no se sube nada.',
  ),
  dropHere: both('Drop backup files here, or', 'Suelta aquí las copias de seguridad, o'),
  choose: both('choose files', 'elige archivos'),
  period: both('Period', 'Periodo'),
  clear: both('Remove all files', 'Quitar todos los archivos'),
  needsJs: both(
    'The team review needs JavaScript. Everything else on this page works without it.',
    'La revisión de equipo necesita JavaScript. El resto de la página funciona sin él.',
  ),
  stageNamesNotice: both(
    'Showing your team’s own stage names from a backup’s settings.',
    'Se muestran los nombres de etapa propios de tu equipo, tomados de los ajustes de una copia.',
  ),
  useDefaultNames: both('Use the default names', 'Usar los nombres por defecto'),
};

export const PERIOD_LABELS: Record<string, Bilingual> = {
  'this-month': both('This month', 'Este mes'),
  'last-30': both('Last 30 days', 'Últimos 30 días'),
  'last-90': both('Last 90 days', 'Últimos 90 días'),
  'this-quarter': both('This quarter', 'Este trimestre'),
  'this-year': both('This year', 'Este año'),
};
