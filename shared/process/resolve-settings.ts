import type { Settings } from '../model/settings';
import { type Lang, STAGE_IDS, type StageId } from './stage-list';
import { STAGES } from './stages';
import { type TagItem, tagList } from './why-buy-lists';

/** Settings merged over the process definition: what every screen and metric reads. */
export interface ResolvedProcess {
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
  return {
    stageName: (stage, lang) =>
      settings.stageNames[lang]?.[stage] ?? (STAGES.find((s) => s.id === stage)?.name[lang] as string),
    stallDays: byId((s) => s.stallDays, settings.stallDays),
    winProbability: byId((s) => s.winProbability, settings.winProbability),
    opportunityStage: settings.opportunityStage,
    capacity: settings.capacity,
    stageLimits: settings.stageLimits,
    reviewCadenceDays: settings.reviewCadenceDays,
    painPoints: tagList(settings, 'painPoints'),
    decisionHelpers: tagList(settings, 'decisionHelpers'),
  };
}
