import { StageIdSchema } from '../process/stage-ids';
import { STAGES } from '../process/stages';
import { z } from '../zod';

/** Longest criterion or checklist item: one sentence, as the built-in ones are. */
export const CRITERION_MAX = 200;
/** Most criteria of one kind, and most checklist items, per stage. */
export const CRITERIA_MAX_COUNT = 10;
export const CHECKLIST_MAX_COUNT = 20;

// One line of text: no control characters (a newline would break the one-sentence lists).
const sentence = z
  .string()
  .trim()
  .min(1, 'empty text')
  .max(CRITERION_MAX, `longer than ${CRITERION_MAX} characters`)
  .regex(/^[^\p{Cc}]*$/u, 'control characters');
const BilingualSentence = z.object({ en: sentence, es: sentence });

/** Ids are kept by the playbook's ticks and used in element ids: short, lower case, no spaces. */
const ChecklistIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a checklist id is lower-case letters, digits and "-"');

const ChecklistSchema = z
  .array(z.object({ id: ChecklistIdSchema, text: BilingualSentence }))
  .max(CHECKLIST_MAX_COUNT);

/** One stage's own criteria and checklist; a part left out is the built-in one. */
const StageCriteriaSchema = z.object({
  entry: z.array(BilingualSentence).max(CRITERIA_MAX_COUNT).optional(),
  exit: z.array(BilingualSentence).max(CRITERIA_MAX_COUNT).optional(),
  checklist: ChecklistSchema.optional(),
});

/**
 * A team's entry/exit criteria and checklists per stage (absent = the process
 * definition's). A checklist id names one item across all stages: the
 * playbook keeps a rep's ticks by it.
 */
export const StageCriteriaOverridesSchema = z
  .partialRecord(StageIdSchema, StageCriteriaSchema)
  .superRefine((byStage, ctx) => {
    // Stages that keep the built-in checklist keep its ids: an override must not reuse one.
    const seen = new Set<string>(
      STAGES.filter((s) => !byStage[s.id]?.checklist).flatMap((s) => s.checklist.map((c) => c.id)),
    );
    for (const [stage, over] of Object.entries(byStage))
      for (const [i, item] of (over?.checklist ?? []).entries()) {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [stage, 'checklist', i, 'id'],
            message: `checklist id "${item.id}" is used twice`,
          });
        seen.add(item.id);
      }
  });
