import type { Lead, LeadStatus } from '../model/lead';
import type { StageEvent } from '../model/stage-event';

/**
 * One rep's pulled leads packed into one record, in the shape the team figures
 * read (extension/data/sync/team-rep-rows.ts keeps it beside the documents).
 * Reading 40k lead documents one record each, with every field a capture
 * stores, was most of the Team screen's time; twenty of these read in a
 * fraction of it. Events, the bulk, are columns of typed arrays (copied whole
 * by IndexedDB, no object per event); leads keep only the fields figures and
 * problem lists read. Packed from documents the replicator already validated:
 * reading checks the packing (rep-columns-check.ts), not every lead again. Pure,
 * and free of zod: the database's upgrade to v5 packs, and the popup's first paint opens it.
 */
export interface RepColumns {
  /** The packing's version: a record of another version is rebuilt from the documents. */
  v: 1;
  owner: string;
  /** Each lead's document id, in id order; `leads` and the event runs follow it. */
  docIds: string[];
  leads: Lead[];
  /** How many events each lead has, oldest first in the columns below. */
  runs: Uint32Array;
  at: Float64Array;
  /** Stage ids by number (`fromStage`, `toStage`, `skipped` point into it; -1 is none). */
  stages: string[];
  fromStage: Int16Array;
  toStage: Int16Array;
  /** Status numbers, LeadStatusSchema's order; -1 is none. */
  fromStatus: Int8Array;
  toStatus: Int8Array;
  /** The rare extras, by event number: stages jumped over and a lost reason. */
  extras: [number, Pick<StageEvent, 'skipped' | 'lostReason'>][];
}

/** The lead fields the team figures and their problem lists read; the rest stays in the documents. */
const FIGURE_FIELDS = [
  'id',
  'kind',
  'name',
  'company',
  'source',
  'stage',
  'status',
  'lostReason',
  'value',
  'currency',
  'quality',
  'nextStep',
  'nextStepDue',
  'painPointIds',
  'decisionHelperIds',
  'createdAt',
  'updatedAt',
  'stageChangedAt',
] as const satisfies readonly (keyof Lead)[];

/** Status numbers (LeadStatusSchema's values, spelt out: this module stays free of zod). */
export const STATUSES = ['open', 'won', 'lost'] as const satisfies readonly LeadStatus[];

export function figureLead(lead: Lead): Lead {
  const out: Record<string, unknown> = {};
  for (const f of FIGURE_FIELDS) if (lead[f] !== undefined) out[f] = lead[f];
  return out as Lead;
}

/** One lead as a document holds it: what packing takes and unpacking gives back. */
export interface RepLead {
  lead: Lead;
  events: readonly Omit<StageEvent, 'id'>[];
}

export function packRep(owner: string, byDocId: ReadonlyMap<string, RepLead>): RepColumns {
  const docIds = [...byDocId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = docIds.reduce((sum, id) => sum + (byDocId.get(id)?.events.length ?? 0), 0);
  const stageNo = new Map<string, number>();
  const stage = (s: string | null) => {
    if (s === null) return -1;
    const known = stageNo.get(s);
    if (known !== undefined) return known;
    stageNo.set(s, stageNo.size);
    return stageNo.size - 1;
  };
  const c: RepColumns = {
    v: 1,
    owner,
    docIds,
    leads: [],
    runs: new Uint32Array(docIds.length),
    at: new Float64Array(n),
    stages: [],
    fromStage: new Int16Array(n),
    toStage: new Int16Array(n),
    fromStatus: new Int8Array(n),
    toStatus: new Int8Array(n),
    extras: [],
  };
  let i = 0;
  docIds.forEach((id, l) => {
    const { lead, events } = byDocId.get(id) as RepLead;
    c.leads.push(figureLead(lead));
    c.runs[l] = events.length;
    for (const e of events) {
      c.at[i] = e.at;
      c.fromStage[i] = stage(e.fromStage);
      c.toStage[i] = stage(e.toStage);
      c.fromStatus[i] = e.fromStatus === null ? -1 : STATUSES.indexOf(e.fromStatus);
      c.toStatus[i] = STATUSES.indexOf(e.toStatus);
      if (e.skipped || e.lostReason !== undefined)
        c.extras.push([
          i,
          {
            ...(e.skipped && { skipped: e.skipped }),
            ...(e.lostReason !== undefined && { lostReason: e.lostReason }),
          },
        ]);
      i++;
    }
  });
  c.stages = [...stageNo.keys()];
  return c;
}

/**
 * Calls `each` with every event, lead by lead in `docIds` order, each lead's
 * oldest first. Runs at every opening of the Team screen over ~180k events:
 * one object of one shape per event, extras added only to the few that have them.
 */
function forEachEvent(c: RepColumns, each: (lead: number, e: StageEvent) => void): void {
  const extras = new Map(c.extras);
  let i = 0;
  for (let l = 0; l < c.leads.length; l++) {
    const leadId = (c.leads[l] as Lead).id;
    for (const end = i + (c.runs[l] as number); i < end; i++) {
      const from = c.fromStage[i] as number;
      const fromStatus = c.fromStatus[i] as number;
      const e: StageEvent = {
        leadId,
        fromStage: from < 0 ? null : (c.stages[from] as StageEvent['toStage']),
        toStage: c.stages[c.toStage[i] as number] as StageEvent['toStage'],
        fromStatus: fromStatus < 0 ? null : (STATUSES[fromStatus] as LeadStatus),
        toStatus: STATUSES[c.toStatus[i] as number] as LeadStatus,
        at: c.at[i] as number,
      };
      const extra = extras.get(i);
      each(l, extra ? Object.assign(e, extra) : e);
    }
  }
}

/** What the figures take: the rep's leads and all their events. */
export function unpackRep(c: RepColumns): { leads: Lead[]; events: StageEvent[] } {
  const events = new Array<StageEvent>(c.at.length);
  let n = 0;
  forEachEvent(c, (_, e) => {
    events[n++] = e;
  });
  return { leads: c.leads, events };
}

/** Lead by lead, keyed by document id: what an update changes before packing again. */
export function unpackRepLeads(c: RepColumns): Map<string, RepLead> {
  const runs = c.leads.map((): StageEvent[] => []);
  forEachEvent(c, (l, e) => runs[l]?.push(e));
  return new Map(c.docIds.map((id, l) => [id, { lead: c.leads[l] as Lead, events: runs[l] ?? [] }]));
}
