import type { Bilingual } from '../../shared/process/stage-list';

/** Figures the prose quotes; they come from the resolved default settings, never typed by hand. */
interface GuideFacts {
  opportunityStageName: Bilingual;
  reviewCadenceDays: number;
  capacity: number;
}

const both = (en: string, es: string): Bilingual => ({ en, es });

/** "What the pipeline is": the opening of the page. Written for Embudo from the seed article's facts. */
export function pipelineIntro(f: GuideFacts): Bilingual[] {
  return [
    both(
      'A sales pipeline is the road a prospect travels on the way to becoming a customer. We divide that road into five stages. Every company names them its own way, but the steps underneath are the same.',
      'El embudo de ventas es el camino que recorre un prospecto hasta convertirse en cliente. Dividimos ese camino en cinco etapas. Cada empresa les pone sus propios nombres, pero los pasos de fondo son los mismos.',
    ),
    both(
      'Knowing our pipeline means answering with figures, not impressions: where our customers come from, how many of them usually convert, how long a deal takes, what pains our prospects have, what information helps them decide, and at which point, and why, the ones we lose walk away. When we understand exactly how the pipeline works, we know where to repair it.',
      'Conocer nuestro embudo es poder responder con cifras, no con impresiones: de dónde vienen nuestros clientes, cuántos suelen convertirse, cuánto tarda un trato, qué problemas tienen los prospectos, qué información les ayuda a decidir y en qué punto, y por qué, se marchan los que perdemos. Cuando entendemos con precisión cómo funciona el embudo, sabemos dónde arreglarlo.',
    ),
    both(
      `A lead becomes an opportunity when it reaches ${f.opportunityStageName.en}. From there on it weighs on the forecast and counts against each rep's capacity of ${f.capacity} open opportunities.`,
      `Un lead pasa a ser una oportunidad cuando llega a ${f.opportunityStageName.es}. Desde ese momento pesa en la previsión y cuenta para la capacidad de ${f.capacity} oportunidades abiertas de cada comercial.`,
    ),
    both(
      'This page is built from the very definitions the Embudo extension runs on. The stages, thresholds, metrics and problem rules you read here are the ones the tool applies, so the written process and the tool cannot drift apart.',
      'Esta página se genera a partir de las mismas definiciones con las que funciona la extensión Embudo. Las etapas, umbrales, métricas y reglas de problemas que lees aquí son las que aplica la herramienta, así que el proceso escrito y la herramienta no pueden separarse.',
    ),
  ];
}

export const STAGES_INTRO: Bilingual[] = [
  both(
    'Move a lead forward only when the exit criteria of its current stage are met. Jumping over a stage is possible, but the jump is recorded and shows up as a problem, because the skipped work usually comes back later as a lost deal.',
    'Haz avanzar un lead solo cuando se cumplen los criterios de salida de su etapa. Saltarse una etapa es posible, pero el salto queda registrado y aparece como problema, porque el trabajo que se omite suele volver más tarde en forma de trato perdido.',
  ),
  both(
    'Each checklist is the rep’s to-do list for a lead in that stage. Ticks are kept in this browser only; print the page to take the checklists to a meeting.',
    'Cada lista de comprobación es la tarea del comercial con un lead en esa etapa. Las marcas se guardan solo en este navegador; imprime la página para llevar las listas a una reunión.',
  ),
];

export const LOST_INTRO: Bilingual = both(
  'A deal ends either won, in Purchase, or lost. A lost deal always gets a reason, so the review can see why prospects leave. The default reasons are below; a rep may type another one.',
  'Un trato termina ganado, en Compra, o perdido. Un trato perdido siempre lleva un motivo, para que la revisión pueda ver por qué se van los prospectos. Estos son los motivos por defecto; el comercial puede escribir otro.',
);

export const METRICS_INTRO: Bilingual[] = [
  both(
    'Each figure below is computed by the extension, by the team review on this page and by the command-line report exactly as described here. Pick a period first: this month, the last 30 or 90 days, this quarter, this year or a range of your own.',
    'Cada cifra se calcula en la extensión, en la revisión de equipo de esta página y en el informe de línea de comandos exactamente como se describe aquí. Elige antes un periodo: este mes, los últimos 30 o 90 días, este trimestre, este año o un intervalo propio.',
  ),
  both(
    'Conversion rates of recent periods are still maturing: a lead created last week may yet become an opportunity, so these rates tend to rise for a while after the period ends. Compare a period with the same period of an earlier month, not with the last few days.',
    'Las tasas de conversión de periodos recientes aún están madurando: un lead creado la semana pasada todavía puede convertirse en oportunidad, así que estas tasas suelen subir durante un tiempo después de cerrar el periodo. Compara un periodo con el mismo periodo de un mes anterior, no con los últimos días.',
  ),
];
