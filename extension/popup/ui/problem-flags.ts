import { findProblems, type ProblemFlag, type ProblemId } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { EmbudoDb } from '../../data/db';
import { eventsOfLeads } from '../../data/leads/lead-queries';

/**
 * The popup's one door to the problems engine (shared/metrics/problems.ts):
 * badges on rows, the problem filter and the flags on a lead's detail all
 * come through here. Loaded lazily, after the first screen is drawn.
 */
type LeadFlags = Map<string, ProblemFlag[]>;

/** Problems of the given leads. Each lead's flags depend only on itself and its own events. */
export function flagsOf(
  leads: readonly Lead[],
  events: readonly StageEvent[],
  settings: Settings,
  now: number,
): LeadFlags {
  return findProblems({ leads, events, settings, now }).byLead;
}

/** Flags of a few leads (rows on screen), reading only their events. */
export async function flagsForLeads(
  db: EmbudoDb,
  leads: readonly Lead[],
  settings: Settings,
  now: number,
): Promise<LeadFlags> {
  if (leads.length === 0) return new Map();
  const events = await eventsOfLeads(
    db,
    leads.map((l) => l.id),
  );
  return flagsOf(leads, events, settings, now);
}

/** The distinct problems among a lead's flags, in the engine's order. */
export function problemIds(flags: readonly ProblemFlag[] | undefined): ProblemId[] {
  return [...new Set((flags ?? []).map((f) => f.problem))];
}
