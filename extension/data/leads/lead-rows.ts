import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { LeadRow } from '../db';

/**
 * The stored shape (a lead with its events) and the shapes the rest of the
 * extension uses (a `Lead`, a list of `StageEvent`s). Every read that returns a
 * lead goes through `leadOf`, so no stored history leaks into a form, a file or
 * a comparison; every write builds its row here, so no write can drop a history.
 */

/** The lead without its stored history and sync bookkeeping. */
export function leadOf(row: LeadRow): Lead {
  const { events: _events, sync: _sync, syncDirty: _dirty, ...lead } = row;
  return lead;
}

/** Events as stored: no ids (a lead's events are told apart by their place in its list). */
function stored(event: StageEvent): StageEvent {
  const { id: _id, ...rest } = event;
  return rest;
}

/** A row for `lead` with `events` as its whole history. */
export function rowOf(lead: Lead, events: readonly StageEvent[]): LeadRow {
  return { ...lead, events: inTimeOrder(events.map(stored)) };
}

/** `lead` (a new version of `row`) keeping `row`'s history, with `added` events in time order. */
export function nextRow(row: LeadRow, lead: Lead, ...added: StageEvent[]): LeadRow {
  return { ...lead, events: inTimeOrder([...row.events, ...added.map(stored)]) };
}

/**
 * Oldest first; events at the same instant keep their order, except that a
 * creation comes first (a lead created and won in one instant ends won).
 * Usually already in order (a move happens now): then the list is returned as is.
 */
export function inTimeOrder(events: StageEvent[]): StageEvent[] {
  const before = (a: StageEvent, b: StageEvent) =>
    a.at < b.at || (a.at === b.at && a.fromStage === null && b.fromStage !== null);
  if (events.every((e, i) => i === 0 || !before(e, events[i - 1] as StageEvent))) return events;
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (before(x.e, y.e) ? -1 : before(y.e, x.e) ? 1 : x.i - y.i))
    .map((x) => x.e);
}

/** Every event of every row, lead by lead, each lead's oldest first. */
export function eventsOfRows(rows: readonly LeadRow[]): StageEvent[] {
  const out: StageEvent[] = [];
  for (const row of rows) for (const e of row.events) out.push(e);
  return out;
}

/** Splits rows into leads and their events in one pass (the metrics and problems input). */
export function splitRows(rows: readonly LeadRow[]): { leads: Lead[]; events: StageEvent[] } {
  const leads: Lead[] = new Array(rows.length);
  const events: StageEvent[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LeadRow;
    leads[i] = leadOf(row);
    for (const e of row.events) events.push(e);
  }
  return { leads, events };
}
