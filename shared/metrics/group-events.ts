import type { Lead } from '../model/lead';
import type { StageEvent } from '../model/stage-event';

/** Per lead i, the slice order[offsets[i]..offsets[i+1]) of event indices in time order. */
interface GroupedEvents {
  offsets: Int32Array;
  order: Int32Array;
}

/**
 * Group events by lead, in any stored order: a counting sort by lead (no
 * per-lead arrays), then an insertion sort of each lead's events by time.
 * Events of unknown leads are left out. Lead ids are unique (the store's key).
 * The usual order (grouped, in time order) never gets here: the replay walks
 * it directly (lead-histories.ts).
 */
export function groupEvents(leads: readonly Lead[], events: readonly StageEvent[]): GroupedEvents {
  // A prototype-less object as the id → index dictionary: V8 looks string keys up faster here than in a Map.
  const index: Record<string, number> = Object.create(null);
  for (let i = leads.length - 1; i >= 0; i--) index[(leads[i] as Lead).id] = i;
  const owner = new Int32Array(events.length);
  // Read each event object once: its owner and its time go into flat arrays the later passes use.
  const eventAt = new Float64Array(events.length);
  const offsets = new Int32Array(leads.length + 1);
  let lastId = '';
  let last = -1;
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as StageEvent;
    const id = e.leadId;
    eventAt[k] = e.at;
    // Exports often keep a lead's events together: skip the hash lookup for a repeated id.
    if (id !== lastId) {
      lastId = id;
      last = index[id] ?? -1;
    }
    owner[k] = last;
    if (last >= 0) offsets[last + 1] = (offsets[last + 1] as number) + 1;
  }
  for (let i = 0; i < leads.length; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, leads.length);
  const total = offsets[leads.length] as number;
  const order = new Int32Array(total);
  // Times copied next to the order so the per-lead sort reads contiguous memory, not scattered objects.
  const times = new Float64Array(total);
  for (let k = 0; k < events.length; k++) {
    const i = owner[k] as number;
    if (i < 0) continue;
    const slot = fill[i] as number;
    order[slot] = k;
    times[slot] = eventAt[k] as number;
    fill[i] = slot + 1;
  }
  // Insertion sort per lead: a lead has a handful of events, usually already in order. Stable, so
  // events at the same instant keep their stored order, except that a creation event comes first
  // (a lead created and won in the same instant must end won, not reopened by its creation).
  for (let i = 0; i < leads.length; i++) {
    const lo = offsets[i] as number;
    const hi = offsets[i + 1] as number;
    for (let a = lo + 1; a < hi; a++) {
      const k = order[a] as number;
      const t = times[a] as number;
      let b = a - 1;
      const creation = (events[k] as StageEvent).fromStage === null;
      while (
        b >= lo &&
        ((times[b] as number) > t ||
          (creation && times[b] === t && (events[order[b] as number] as StageEvent).fromStage !== null))
      ) {
        order[b + 1] = order[b] as number;
        times[b + 1] = times[b] as number;
        b--;
      }
      order[b + 1] = k;
      times[b + 1] = t;
    }
  }
  return { offsets, order };
}
