import type { Lead } from '../model/lead';
import type { LeadHistories } from './lead-histories';

type Column = Float64Array | Uint32Array | Uint8Array;
/** The per-lead columns and their types (as lead-histories.ts makes them). */
const COLUMNS = {
  createdAt: Float64Array,
  value: Float64Array,
  quality: Uint8Array,
  tags: Uint8Array,
  stage: Uint8Array,
  status: Uint8Array,
  maxReached: Uint8Array,
  opportunityAt: Float64Array,
  closedAt: Float64Array,
  closedStage: Uint8Array,
  activityAt: Float64Array,
  skippedEver: Uint8Array,
  skippedPending: Uint8Array,
  skipMoves: Uint32Array,
} as const;

/** `parts`' columns end to end, each part's first `length(part)` values. */
function joined<T extends Column>(
  parts: readonly T[],
  length: (p: T, i: number) => number,
  make: (n: number) => T,
): T {
  const total = parts.reduce((n, p, i) => n + length(p, i), 0);
  const out = make(total);
  let at = 0;
  parts.forEach((p, i) => {
    const n = length(p, i);
    out.set(n === p.length ? p : p.subarray(0, n), at);
    at += n;
  });
  return out;
}

/**
 * Several pipelines' replayed histories as one, in the order given, over
 * `leads` (their leads end to end, ids made unique by the caller). Equal to
 * replaying the joined leads and events again (a lead's history is its own
 * events' alone), without copying every event or replaying it a second time:
 * the team's combined figures reuse each rep's replay. Every part must have been
 * replayed with the same opportunity stage.
 */
export function mergeHistories(parts: readonly LeadHistories[], leads: readonly Lead[]): LeadHistories {
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  // Sources are numbered in order of first appearance, as one replay over the joined leads numbers them.
  const source = joined(
    parts.map((h) => {
      const remap = h.sources.map((s) => {
        let i = sourceIndex.get(s);
        if (i === undefined) {
          i = sources.length;
          sources.push(s);
          sourceIndex.set(s, i);
        }
        return i;
      });
      return h.source.map((s) => remap[s] as number);
    }),
    (p) => p.length,
    (n) => new Uint32Array(n),
  );
  // Index by index: a lead without a lost reason may be a hole, and spreading would drop it.
  const lostReason = new Array<string | undefined>(leads.length);
  let at = 0;
  const currency = new Array<string>(leads.length);
  for (const h of parts)
    for (let i = 0; i < h.leads.length; i++) {
      lostReason[at] = h.lostReason[i];
      currency[at++] = h.currency[i] as string;
    }
  const stays = (k: 'stage' | 'end' | 'days') =>
    joined(
      parts.map((h) => h.stays[k]) as Column[],
      (_p, i) => (parts[i] as LeadHistories).stays.count,
      (n) => (k === 'stage' ? new Uint8Array(n) : new Float64Array(n)),
    );
  const merged = {
    leads,
    sources,
    source,
    lostReason,
    currency,
    stays: {
      count: parts.reduce((n, h) => n + h.stays.count, 0),
      stage: stays('stage') as Uint8Array,
      end: stays('end') as Float64Array,
      days: stays('days') as Float64Array,
    },
  } as LeadHistories;
  for (const [k, Type] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, new (n: number) => Column][])
    (merged[k] as Column) = joined(
      parts.map((h) => h[k]),
      (p) => p.length,
      (n) => new Type(n),
    );
  return merged;
}
