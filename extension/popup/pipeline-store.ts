import { signal } from '@preact/signals';
import type { Lead } from '../../shared/model/lead';
import { STAGE_IDS, type StageId } from '../../shared/process/stage-ids';
import { getDb } from '../data/db';
import { countOpenByStage, listOpenInStage } from '../data/lead-repository';

export interface PipelineSnapshot {
  counts: Record<StageId, number>;
  leads: Record<StageId, Lead[]>;
}

export const pipeline = signal<PipelineSnapshot | null>(null);
export const pipelineError = signal<string | null>(null);

/** Rows shown per stage in the popup; counts come from the index, so they stay exact. */
const ROWS_PER_STAGE = 20;

export async function loadPipeline(): Promise<void> {
  try {
    const db = getDb();
    const [counts, ...lists] = await Promise.all([
      countOpenByStage(db),
      ...STAGE_IDS.map((s) => listOpenInStage(db, s, ROWS_PER_STAGE)),
    ]);
    pipeline.value = {
      counts: counts as Record<StageId, number>,
      leads: Object.fromEntries(STAGE_IDS.map((s, i) => [s, lists[i] ?? []])) as Record<StageId, Lead[]>,
    };
    pipelineError.value = null;
  } catch (err) {
    pipelineError.value = err instanceof Error ? err.message : String(err);
  }
}

export function daysSince(at: number, now = Date.now()): number {
  return Math.max(0, Math.floor((now - at) / 86_400_000));
}
