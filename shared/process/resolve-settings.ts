import type { Settings } from '../model/settings';
import { type Lang, STAGE_IDS, type StageId } from './stage-list';
import { STAGES, type StageDefinition } from './stages';
import { type TagItem, tagList } from './why-buy-lists';

/** Settings merged over the process definition: what every screen and metric reads. */
export interface ResolvedProcess {
  /** Every stage under the team's names, criteria and checklists (the playbook and the move control read these). */
  stages: readonly StageDefinition[];
  stageName: (stage: StageId, lang: Lang) => string;
  stallDays: Record<StageId, number>;
  winProbability: Record<StageId, number>;
  opportunityStage: StageId;
  capacity: number;
  stageLimits: Partial<Record<StageId, number>>;
  reviewCadenceDays: number;
  /** The team's pain point and decision helper lists, removed items included (they still label leads). */
  painPoints: readonly TagItem[];
  decisionHelpers: readonly TagItem[];
}

export function resolveProcess(settings: Settings): ResolvedProcess {
  const byId = (pick: (s: (typeof STAGES)[number]) => number, over: Partial<Record<StageId, number>>) =>
    Object.fromEntries(
      STAGE_IDS.map((id, i) => [id, over[id] ?? pick(STAGES[i] as (typeof STAGES)[number])]),
    ) as Record<StageId, number>;
  const stageName = (stage: StageId, lang: Lang) =>
    settings.stageNames[lang]?.[stage] ?? (STAGES.find((s) => s.id === stage)?.name[lang] as string);
  const stallDays = byId((s) => s.stallDays, settings.stallDays);
  const winProbability = byId((s) => s.winProbability, settings.winProbability);
  return {
    stages: STAGES.map((s) => {
      const over = settings.stageCriteria?.[s.id];
      return {
        ...s,
        name: { en: stageName(s.id, 'en'), es: stageName(s.id, 'es') },
        entry: over?.entry ?? s.entry,
        exit: over?.exit ?? s.exit,
        checklist: over?.checklist ?? s.checklist,
        stallDays: stallDays[s.id],
        winProbability: winProbability[s.id],
      };
    }),
    stageName,
    stallDays,
    winProbability,
    opportunityStage: settings.opportunityStage,
    capacity: settings.capacity,
    stageLimits: settings.stageLimits,
    reviewCadenceDays: settings.reviewCadenceDays,
    painPoints: tagList(settings, 'painPoints'),
    decisionHelpers: tagList(settings, 'decisionHelpers'),
  };
}
