import type { StageEvent } from '../model/stage-event';
import { canonicalJson, compareText } from './canonical-json';

/** A stage event as a lead document holds it: no local id. */
export type DocEvent = Omit<StageEvent, 'id'>;

/** What makes two events the same move: everything but the local id. */
export function eventKey(e: DocEvent): string {
  const { id: _id, ...rest } = e as StageEvent;
  return canonicalJson({ ...rest, skipped: rest.skipped?.length ? rest.skipped : undefined });
}

/**
 * Every event of both histories once, oldest first. Events at one instant put
 * a creation first (as lead-rows.ts does) and then follow their key, so both
 * sides of a sync build the same list whatever order they saw the events in.
 */
export function unionEvents(...histories: readonly (readonly DocEvent[])[]): DocEvent[] {
  const byKey = new Map<string, DocEvent>();
  for (const list of histories) {
    for (const e of list) {
      const { id: _id, ...stored } = e as StageEvent;
      const key = eventKey(stored);
      if (!byKey.has(key)) byKey.set(key, stored);
    }
  }
  return [...byKey.entries()]
    .sort(([ka, a], [kb, b]) => {
      if (a.at !== b.at) return a.at - b.at;
      const ca = a.fromStage === null ? 0 : 1;
      const cb = b.fromStage === null ? 0 : 1;
      return ca !== cb ? ca - cb : compareText(ka, kb);
    })
    .map(([, e]) => e);
}
