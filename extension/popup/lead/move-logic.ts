import type { Lead } from '../../../shared/model/lead';
import {
  type Bilingual,
  STAGE_IDS,
  type StageId,
  skippedStages,
  stageIndex,
} from '../../../shared/process/stage-list';
import type { StageDefinition } from '../../../shared/process/stages';
import type { MoveInput } from '../../data/leads/lead-repository';

/**
 * Which moves a lead offers and what each one writes. Pure. Reaching Purchase
 * means the deal is won; moving past a stage needs the rep's confirmation and
 * is recorded as a skip (moveLead stores the skipped stages on the event).
 */
export function moveTo(stage: StageId): MoveInput {
  return stage === 'purchase' ? { stage, status: 'won' } : { stage, status: 'open' };
}

/** The next stage for an open lead; undefined when it is already in the last one. */
export function forwardStage(lead: Pick<Lead, 'stage' | 'status'>): StageId | undefined {
  if (lead.status !== 'open') return undefined;
  return STAGE_IDS[stageIndex(lead.stage) + 1];
}

export function backStage(lead: Pick<Lead, 'stage' | 'status'>): StageId | undefined {
  if (lead.status !== 'open') return undefined;
  const i = stageIndex(lead.stage);
  return i > 0 ? STAGE_IDS[i - 1] : undefined;
}

/** The stages a move jumps over: non-empty means "ask first". Losing a deal skips nothing. */
export function stagesSkippedBy(lead: Pick<Lead, 'stage' | 'status'>, move: MoveInput): StageId[] {
  if (move.status === 'lost') return [];
  // A closed deal that is reopened returns to where it was: nothing is skipped.
  if (lead.status !== 'open') return [];
  return skippedStages(lead.stage, move.stage);
}

/** Stages an open lead can be moved to directly (every stage but its own). */
export function otherStages(lead: Pick<Lead, 'stage' | 'status'>): StageId[] {
  return STAGE_IDS.filter((s) => lead.status !== 'open' || s !== lead.stage);
}

/** Reopening a closed deal: a lost one returns to its stage, a won one to Decision. */
export function reopenMove(lead: Pick<Lead, 'stage' | 'status'>): MoveInput {
  return { stage: lead.status === 'won' ? 'decision' : lead.stage, status: 'open' };
}

export function lostMove(lead: Pick<Lead, 'stage'>, reason: string): MoveInput {
  return { stage: lead.stage, status: 'lost', lostReason: reason.trim() };
}

/** The lost reason from the picker: a listed one, or the rep's own words when "other" is picked. */
export function chosenReason(choice: string, other: string, otherValue: string): string | undefined {
  const reason = choice === otherValue ? other.trim() : choice.trim();
  return reason === '' ? undefined : reason.slice(0, 300);
}

/** Stages a lead may start in or be put in by a form: every open one (Purchase is reached by winning). */
export const START_STAGES: readonly StageId[] = STAGE_IDS.filter((s) => s !== 'purchase');

/**
 * The team's rules in front of a move: the exit criteria of the stage the lead
 * leaves and the entry criteria of the one it goes to (the picked stage, else
 * the next one). Nothing for a closed deal, or when there is nothing to show.
 */
export function moveCriteria(
  stages: readonly Pick<StageDefinition, 'id' | 'entry' | 'exit'>[],
  lead: Pick<Lead, 'stage' | 'status'>,
  picked: StageId | '',
): { from: StageId; exit: Bilingual[]; to?: StageId; entry: Bilingual[] } | undefined {
  if (lead.status !== 'open') return undefined;
  const to = picked || forwardStage(lead);
  const exit = stages.find((s) => s.id === lead.stage)?.exit ?? [];
  const entry = (to && stages.find((s) => s.id === to)?.entry) || [];
  if (!exit.length && !entry.length) return undefined;
  return { from: lead.stage, exit, to, entry };
}
