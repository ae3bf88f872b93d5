/**
 * The five pipeline stages, in order, without zod: the popup's first paint
 * imports this file, and the schemas (stage-ids.ts) stay out of that bundle.
 */
export const STAGE_IDS = ['awareness', 'interest', 'consideration', 'decision', 'purchase'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A piece of text the product shows in both of its languages. */
export type Bilingual = Record<Lang, string>;

export function stageIndex(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}

/** Stages strictly between `from` and `to` when moving forward; empty for a one-step or backward move. */
export function skippedStages(from: StageId, to: StageId): StageId[] {
  const a = stageIndex(from);
  const b = stageIndex(to);
  return b - a > 1 ? STAGE_IDS.slice(a + 1, b) : [];
}
