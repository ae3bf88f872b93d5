import type { Bilingual } from '../../shared/process/stage-list';

const both = (en: string, es: string): Bilingual => ({ en, es });

export const PROBLEMS_INTRO: Bilingual = both(
  'Watching the pipeline closely pays off because problems become visible the moment they appear, while there is still time to act. The extension flags the four below on each lead, counts them on its toolbar button and lists them with what to do.',
  'Vigilar de cerca el embudo compensa porque los problemas se ven en cuanto aparecen, cuando todavía hay tiempo de actuar. La extensión señala los cuatro siguientes en cada lead, los cuenta en su botón de la barra de herramientas y los enumera junto con qué hacer.',
);

export const QUALITY_TITLE: Bilingual = both(
  'Why fewer, better prospects win',
  'Por qué ganan menos prospectos pero mejores',
);

/** The article's closing point, argued in our own words. */
export function qualityArgument(capacity: number): Bilingual[] {
  return [
    both(
      'A pipeline with fewer prospects of high quality is worth more than one crowded with poor prospects. Every open opportunity consumes attention: follow-ups, proposals, meetings. A weak prospect takes as much of that time as a strong one and rarely buys, so good prospects wait, the sales cycle stretches and the win percentage drops.',
      'Un embudo con menos prospectos de alta calidad vale más que uno lleno de prospectos flojos. Cada oportunidad abierta consume atención: seguimientos, propuestas, reuniones. Un prospecto débil se lleva tanto de ese tiempo como uno bueno y rara vez compra, así que los buenos esperan, el ciclo de venta se alarga y el porcentaje de victorias baja.',
    ),
    both(
      'Poor prospects also make the forecast lie. The weighted pipeline value counts each deal at its stage’s win probability, while a poor prospect’s real chance is far lower, so a crowded pipeline looks healthier than it is.',
      'Los prospectos flojos además falsean la previsión. El valor ponderado del embudo cuenta cada trato con la probabilidad de su etapa, pero la probabilidad real de un prospecto flojo es mucho menor, así que un embudo abarrotado parece más sano de lo que está.',
    ),
    both(
      `So rate every lead’s quality from 1 to 5 honestly, keep your open opportunities under ${capacity}, and when you are at the limit close or park the weakest one before taking on a new one.`,
      `Por eso valora con honestidad la calidad de cada lead de 1 a 5, mantén tus oportunidades abiertas por debajo de ${capacity} y, cuando llegues al límite, cierra o aparca la más débil antes de aceptar una nueva.`,
    ),
  ];
}
