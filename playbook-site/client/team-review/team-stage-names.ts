import type { Backup } from '../../../shared/model/backup';
import { LANGS, type Lang, STAGE_IDS, type StageId } from '../../../shared/process/stage-list';
import { STAGES } from '../../../shared/process/stages';
import type { StageNameOverrides } from '../stage-names';

/**
 * The team's own stage names: per language and stage, the first file that renamed
 * it wins (files are in the order they were dropped). Reps of one team normally
 * share one settings export, so disagreements are rare.
 */
export function teamStageNames(backups: readonly Backup[]): StageNameOverrides {
  const out: StageNameOverrides = {};
  for (const lang of LANGS) {
    const names: Record<string, string> = {};
    for (const b of backups) {
      for (const [id, name] of Object.entries(b.settings.stageNames[lang] ?? {})) {
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
