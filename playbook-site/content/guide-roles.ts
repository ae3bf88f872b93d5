import type { Bilingual } from '../../shared/process/stage-list';

const both = (en: string, es: string): Bilingual => ({ en, es });

interface Role {
  id: string;
  name: Bilingual;
  duties: Bilingual;
}

/** A documented process only works when everyone who touches the pipeline knows their part in it. */
export const ROLES: Role[] = [
  {
    id: 'rep',
    name: both('Reps capture', 'Los comerciales capturan'),
    duties: both(
      'Capture every prospect with the extension, keep stage, next step, value and quality up to date, work the checklists and export a backup before each team review.',
      'Capturan cada prospecto con la extensión, mantienen al día la etapa, el siguiente paso, el valor y la calidad, trabajan las listas de comprobación y exportan una copia de seguridad antes de cada revisión de equipo.',
    ),
  },
  {
    id: 'sales-lead',
    name: both('The sales lead reviews', 'Quien dirige ventas revisa'),
    duties: both(
      'Chairs the review ritual, reads the team review, helps unblock stalled deals and watches each rep’s capacity.',
      'Dirige la revisión periódica, lee la revisión de equipo, ayuda a desbloquear los tratos estancados y vigila la capacidad de cada comercial.',
    ),
  },
  {
    id: 'process-owner',
    name: both('The process owner keeps the process', 'La persona responsable del proceso lo mantiene'),
    duties: both(
      'One named person owns this playbook and the process behind it: the stages and their names, criteria, checklists, thresholds, capacity and cadence.',
      'Una persona con nombre es dueña de este manual y del proceso que describe: las etapas y sus nombres, los criterios, las listas, los umbrales, la capacidad y la cadencia.',
    ),
  },
];

export const CHANGE_PROCESS_TITLE: Bilingual = both('How the process changes', 'Cómo cambia el proceso');

export const CHANGE_PROCESS: Bilingual[] = [
  both(
    'Anyone may propose a change, ideally at a review with the figures that motivate it. The process owner decides.',
    'Cualquiera puede proponer un cambio, mejor en una revisión y con las cifras que lo motivan. Decide la persona responsable del proceso.',
  ),
  both(
    'Stage names, thresholds, capacity, lost reasons and the review cadence are team settings: the owner sets them in the extension and shares a settings backup. Criteria and checklists live in the process definition the extension and this page are built from; the owner changes it there and publishes the rebuilt page, so tool and playbook move together.',
    'Los nombres de las etapas, los umbrales, la capacidad, los motivos de pérdida y la cadencia de revisión son ajustes del equipo: la persona responsable los fija en la extensión y comparte una copia de ajustes. Los criterios y las listas están en la definición del proceso con la que se construyen la extensión y esta página; se cambian allí y se publica la página regenerada, de modo que herramienta y manual avanzan juntos.',
  ),
  both(
    'Change one thing at a time and say so at the next review, so its effect can be read in the metrics.',
    'Cambia una sola cosa cada vez y anúncialo en la siguiente revisión, para poder leer su efecto en las métricas.',
  ),
];
