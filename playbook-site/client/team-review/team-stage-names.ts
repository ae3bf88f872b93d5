import type { Settings } from '../../../shared/model/settings';
import { LANGS, type Lang, STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import { STAGES } from '../../../shared/process/stages';
import type { StageNameOverrides } from '../stage-names';

/** Settings that may rename stages: each file's, or the team database's process. */
export type StageNameSource = readonly Pick<Settings, 'stageNames'>[];

/**
 * The team's own stage names: per language and stage, the first file that renamed
 * it wins (files are in the order they were dropped). Reps of one team normally
 * share one settings export, so disagreements are rare.
 */
export function teamStageNames(sources: StageNameSource): StageNameOverrides {
  const out: StageNameOverrides = {};
  for (const lang of LANGS) {
    const names: Record<string, string> = {};
    for (const b of sources) {
      for (const [id, name] of Object.entries(b.stageNames[lang] ?? {})) {
        if (name && !(id in names)) names[id] = name;
      }
    }
    if (Object.keys(names).length) out[lang] = names;
  }
  return out;
}

export function stageLabel(names: StageNameOverrides, stage: StageId, lang: Lang): string {
  return names[lang]?.[stage] ?? STAGES[STAGE_IDS.indexOf(stage)]?.name[lang] ?? stage;
}
