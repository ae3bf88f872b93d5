import { z } from 'zod';

/** The five pipeline stages, in order. Every other module refers to stages by these ids. */
export const STAGE_IDS = ['awareness', 'interest', 'consideration', 'decision', 'purchase'] as const;
export const StageIdSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageIdSchema>;

export const LANGS = ['en', 'es'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

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
