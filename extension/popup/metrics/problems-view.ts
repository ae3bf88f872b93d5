import {
  type PipelineProblem,
  PROBLEM_IDS,
  type ProblemFlag,
  type ProblemId,
  type ProblemsReport,
} from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';

/** A lead in a problem's list, with that problem's flags only. */
interface FlaggedLead {
  lead: Lead;
  flags: ProblemFlag[];
}

export interface ProblemGroup {
  id: ProblemId;
  leads: FlaggedLead[];
  /** Pipeline-level findings (too many opportunities). */
  findings: PipelineProblem[];
}

const lastActivity = (l: Lead) => Math.max(l.updatedAt, l.stageChangedAt);

/**
 * The problems list: one group per problem that has something, in the
 * engine's order; in each, the leads untouched longest first (they need
 * attention soonest). Flags of leads no longer stored are left out. Pure.
 */
export function groupProblems(report: ProblemsReport, leads: readonly Lead[]): ProblemGroup[] {
  const byId = new Map(leads.map((l) => [l.id, l]));
  const groups = new Map<ProblemId, ProblemGroup>(
    PROBLEM_IDS.map((id) => [id, { id, leads: [], findings: [] }]),
  );
  for (const [leadId, flags] of report.byLead) {
    const lead = byId.get(leadId);
    if (!lead) continue;
    for (const id of PROBLEM_IDS) {
      const own = flags.filter((f) => f.problem === id);
      if (own.length) groups.get(id)?.leads.push({ lead, flags: own });
    }
  }
  for (const p of report.pipeline) groups.get(p.problem)?.findings.push(p);
  return [...groups.values()]
    .filter((g) => g.leads.length > 0 || g.findings.length > 0)
    .map((g) => ({
      ...g,
      leads: g.leads.sort(
        (a, b) => lastActivity(a.lead) - lastActivity(b.lead) || a.lead.name.localeCompare(b.lead.name),
      ),
    }));
}
