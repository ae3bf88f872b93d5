import type { PipelineProblem, ProblemFlag, ProblemRule } from '../metrics/problems';
import type { Lang, StageId } from '../process/stage-list';

/** What a surface supplies: its language, its stage names (a team may rename them) and how it writes a date. */
export interface ProblemWords {
  lang: Lang;
  stageName: (stage: StageId) => string;
  /** A YYYY-MM-DD date as the reader reads it. */
  day: (iso: string) => string;
}

type Say = Record<Lang, (...parts: (string | number)[]) => string>;

const FLAG: Record<Exclude<ProblemRule, PipelineProblem['rule']>, Say> = {
  'no-activity': {
    en: (days, limit) => `No move or edit for ${days} days (limit ${limit}).`,
    es: (days, limit) => `Sin cambios ni ediciones en ${days} días (límite ${limit}).`,
  },
  'next-step-overdue': {
    en: (due) => `The next step was due ${due}.`,
    es: (due) => `El siguiente paso vencía el ${due}.`,
  },
  'next-step-missing': {
    en: () => 'An open opportunity with no next step.',
    es: () => 'Una oportunidad abierta sin siguiente paso.',
  },
  skipped: { en: (stages) => `Skipped: ${stages}.`, es: (stages) => `Saltadas: ${stages}.` },
  'low-quality-late': {
    en: (quality, stage) => `Quality ${quality} of 5 in ${stage}, this late in the pipeline.`,
    es: (quality, stage) => `Calidad ${quality} de 5 en ${stage}, tan al final del embudo.`,
  },
};

const FINDING: Record<PipelineProblem['rule'], Say> = {
  capacity: {
    en: (count, limit) => `${count} open opportunities, above the capacity of ${limit}.`,
    es: (count, limit) => `${count} oportunidades abiertas, por encima de la capacidad de ${limit}.`,
  },
  'stage-limit': {
    en: (count, stage, limit) => `${count} open leads in ${stage}, above its limit of ${limit}.`,
    es: (count, stage, limit) => `${count} leads abiertos en ${stage}, por encima de su límite de ${limit}.`,
  },
};

/** What a problem flag says about its lead, in the reader's language. Pure given the words. */
export function flagText(f: ProblemFlag, w: ProblemWords): string {
  switch (f.rule) {
    case 'no-activity':
      return FLAG[f.rule][w.lang](f.days ?? 0, f.limit ?? 0);
    case 'next-step-overdue':
      return FLAG[f.rule][w.lang](f.due ? w.day(f.due) : '');
    case 'next-step-missing':
      return FLAG[f.rule][w.lang]();
    case 'skipped':
      return FLAG[f.rule][w.lang]((f.stages ?? []).map(w.stageName).join(', '));
    case 'low-quality-late':
      return FLAG[f.rule][w.lang](f.quality ?? 0, w.stageName(f.stage));
    default:
      // Capacity and stage limits are pipeline findings, never a lead's flag.
      return '';
  }
}

/** A pipeline-wide finding in words: over capacity, or over a stage's limit. Pure given the words. */
export function findingText(p: PipelineProblem, w: ProblemWords): string {
  const say = FINDING[p.rule][w.lang];
  return p.rule === 'capacity'
    ? say(p.count, p.limit)
    : say(p.count, p.stage ? w.stageName(p.stage) : '', p.limit);
}
