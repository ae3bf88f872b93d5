import type { ResolvedProcess } from '../../../shared/process/resolve-settings';
import { STAGE_IDS, stageIndex } from '../../../shared/process/stage-list';
import type { GroupId } from '../../data/leads/lead-queries';
import type { PipelineSummary } from '../../data/leads/pipeline-summary';

/** Money per currency code: amounts in different currencies are never added together. */
type Money = Record<string, number>;

export interface GroupFigures {
  count: number;
  value: Money;
  /** Value × the stage's win probability; a won deal counts in full, a lost one not at all. */
  weighted: Money;
}

interface HeadlineFigures {
  openLeads: number;
  /** Open leads at or past the opportunity stage, against the capacity in settings. */
  openOpportunities: number;
  capacity: number;
  openValue: Money;
  weightedValue: Money;
}

const scale = (m: Money, k: number): Money =>
  Object.fromEntries(Object.entries(m).map(([c, v]) => [c, v * k]));

function addInto(into: Money, m: Money): void {
  for (const [c, v] of Object.entries(m)) into[c] = (into[c] ?? 0) + v;
}

/** Figures of one group: counts from the index (exact), values from the summary. Pure. */
export function groupFigures(
  group: GroupId,
  count: number,
  summary: PipelineSummary,
  process: ResolvedProcess,
): GroupFigures {
  const value = summary.groups[group]?.value ?? {};
  const p = group === 'won' ? 1 : group === 'lost' ? 0 : process.winProbability[group];
  return { count, value, weighted: p === 0 ? {} : scale(value, p) };
}

/** The line above the stages: what is open, how much it is worth, and the load against capacity. Pure. */
export function headlineFigures(
  counts: Record<GroupId, number>,
  summary: PipelineSummary,
  process: ResolvedProcess,
): HeadlineFigures {
  const from = stageIndex(process.opportunityStage);
  const out: HeadlineFigures = {
    openLeads: 0,
    openOpportunities: 0,
    capacity: process.capacity,
    openValue: {},
    weightedValue: {},
  };
  for (const stage of STAGE_IDS) {
    const f = groupFigures(stage, counts[stage], summary, process);
    out.openLeads += f.count;
    if (stageIndex(stage) >= from) out.openOpportunities += f.count;
    addInto(out.openValue, f.value);
    addInto(out.weightedValue, f.weighted);
  }
  return out;
}
