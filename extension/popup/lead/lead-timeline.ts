import type { FieldChange, Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';

/** One line of a lead's history: a stage change, or one edit (or capture) with the values it replaced. */
export type TimelineEntry =
  | { kind: 'stage'; at: number; event: StageEvent }
  | { kind: 'edit'; at: number; by: string; replaced: Pick<FieldChange, 'field' | 'previous'>[] };

/**
 * Stage changes and edits in one list, newest first. Changes written by one
 * save (same time, same author) are one entry. At the same instant a stage
 * change is listed above an edit, and later writes above earlier ones, so the
 * order never depends on how the sort treats ties. Pure.
 */
export function buildTimeline(lead: Pick<Lead, 'changes'>, events: readonly StageEvent[]): TimelineEntry[] {
  const edits: Extract<TimelineEntry, { kind: 'edit' }>[] = [];
  for (const c of lead.changes ?? []) {
    const last = edits[edits.length - 1];
    if (last && last.at === c.at && last.by === c.by)
      last.replaced.push({ field: c.field, previous: c.previous });
    else
      edits.push({ kind: 'edit', at: c.at, by: c.by, replaced: [{ field: c.field, previous: c.previous }] });
  }
  const entries: (TimelineEntry & { seq: number })[] = [
    ...events.map((event, i) => ({ kind: 'stage' as const, at: event.at, event, seq: i })),
    ...edits.map((e, i) => ({ ...e, seq: i })),
  ];
  entries.sort((a, b) => b.at - a.at || (a.kind === b.kind ? b.seq - a.seq : a.kind === 'stage' ? -1 : 1));
  return entries.map(({ seq: _seq, ...e }) => e as TimelineEntry);
}
