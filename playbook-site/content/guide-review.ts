import type { Bilingual } from '../../shared/process/stage-list';

const both = (en: string, es: string): Bilingual => ({ en, es });

export interface TitledList {
  title: Bilingual;
  items: Bilingual[];
}

/** Trends only show and problems only get fixed when the figures are looked at on a fixed rhythm. */
export function reviewCadence(days: number): Bilingual[] {
  return [
    both(
      `Every ${days} days (the default cadence; a team can change it in the extension’s settings) each rep looks at their own pipeline for a quarter of an hour, and then the team meets for half an hour to three quarters. The extension reminds each rep when a review is due and records every review, so the next one compares against it.`,
      `Cada ${days} días (la cadencia por defecto; el equipo puede cambiarla en los ajustes de la extensión) cada comercial revisa su propio embudo durante un cuarto de hora y después el equipo se reúne entre media hora y tres cuartos. La extensión avisa a cada comercial cuando toca revisar y guarda cada revisión, para que la siguiente se compare con ella.`,
    ),
    both(
      'Regular, frequent reviews are what turn figures into trends and trends into decisions. A single month tells little; the same figure read every week shows where the pipeline is going.',
      'Las revisiones regulares y frecuentes son las que convierten las cifras en tendencias y las tendencias en decisiones. Un mes suelto dice poco; la misma cifra leída cada semana muestra hacia dónde va el embudo.',
    ),
  ];
}

export const REVIEW_AGENDA: TitledList = {
  title: both('Agenda', 'Orden del día'),
  items: [
    both(
      'Headline figures for the period, compared with the last review: what went up, what went down.',
      'Cifras principales del periodo comparadas con la última revisión: qué ha subido y qué ha bajado.',
    ),
    both(
      'The problems list, stalled deals first: agree one action and one owner for each.',
      'La lista de problemas, empezando por los tratos estancados: acordar una acción y un responsable para cada uno.',
    ),
    both(
      'Every opportunity in Decision: what is blocking it, the next step and its date.',
      'Cada oportunidad en Decisión: qué la bloquea, el siguiente paso y su fecha.',
    ),
    both(
      'Deals lost since the last review: at which stage they left and why. Pick one cause to work on.',
      'Tratos perdidos desde la última revisión: en qué etapa se fueron y por qué. Elegir una causa en la que trabajar.',
    ),
    both(
      'Sources: which ones brought leads and opportunities, and which ones only brought noise.',
      'Fuentes: cuáles han traído leads y oportunidades y cuáles solo ruido.',
    ),
    both(
      'Proposed changes to the process: decide, note them, name who makes them.',
      'Cambios propuestos al proceso: decidir, anotarlos y nombrar quién los hace.',
    ),
  ],
};

export const REVIEW_ATTENDEES: TitledList = {
  title: both('Who attends', 'Quién asiste'),
  items: [
    both('Every rep with open leads or opportunities.', 'Cada comercial con leads u oportunidades abiertos.'),
    both(
      'The sales lead, who chairs the meeting.',
      'La persona responsable de ventas, que dirige la reunión.',
    ),
    both(
      'The process owner, whenever a change to the process is on the table.',
      'La persona responsable del proceso, siempre que haya un cambio del proceso sobre la mesa.',
    ),
    both(
      'Marketing, when the sources of leads are discussed (optional).',
      'Marketing, cuando se hable de las fuentes de leads (opcional).',
    ),
  ],
};

export const REVIEW_BRING: TitledList = {
  title: both('What to bring', 'Qué traer'),
  items: [
    both(
      'A fresh backup file exported from the extension, to drop into the team review below.',
      'Una copia de seguridad recién exportada desde la extensión, para soltarla en la revisión de equipo.',
    ),
    both(
      'Your own problems list, already read, with an idea for each item.',
      'Tu propia lista de problemas, ya leída, con una idea para cada punto.',
    ),
    both(
      'A next step with a date for every open opportunity.',
      'Un siguiente paso con fecha para cada oportunidad abierta.',
    ),
    both(
      'The reason for every deal lost since the last review.',
      'El motivo de cada trato perdido desde la última revisión.',
    ),
  ],
};
