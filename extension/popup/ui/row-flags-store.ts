import { signal } from '@preact/signals';
import type { ProblemFlag } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import { database } from '../lazy-database';
import { dataVersion } from '../pipeline/pipeline-store';
import { settings } from '../settings-store';

/**
 * Problem flags of the rows on screen, filled in after the first paint: the
 * engine is a lazy chunk, and only the leads drawn are checked.
 */
export const rowFlags = signal<ReadonlyMap<string, readonly ProblemFlag[]>>(new Map());

let asked = new Set<string>();
let askedAt = -1;
let pending: Lead[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

export function requestFlags(leads: readonly (Lead | undefined)[]): void {
  if (askedAt !== dataVersion.value) {
    askedAt = dataVersion.value;
    asked = new Set();
    rowFlags.value = new Map();
  }
  for (const lead of leads) {
    if (!lead || asked.has(lead.id)) continue;
    asked.add(lead.id);
    pending.push(lead);
  }
  if (pending.length && timer === undefined) timer = setTimeout(flush, 30);
}

async function flush(): Promise<void> {
  timer = undefined;
  const batch = pending;
  pending = [];
  const version = dataVersion.value;
  try {
    const { flagsForLeads } = await import('./problem-flags');
    const found = await flagsForLeads(await database(), batch, settings.value, Date.now());
    if (version !== dataVersion.value) return;
    const next = new Map(rowFlags.value);
    for (const lead of batch) next.set(lead.id, found.get(lead.id) ?? []);
    rowFlags.value = next;
  } catch (err) {
    console.warn('[embudo] problem flags unavailable', err);
  }
}
