import { signal } from '@preact/signals';
import type { ProblemFlag } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import { database } from '../lazy-database';
import { dataVersion } from '../pipeline/pipeline-store';
import { settings } from '../settings-store';

/**
 * Problem flags of the rows on screen, filled in after the first paint: the
 * engine is a lazy chunk, and only the leads drawn are checked.
 */
export const rowFlags = signal<ReadonlyMap<string, readonly ProblemFlag[]>>(new Map());

/** The rows checked for this version of the data, kept so a change of settings can check them again. */
let asked = new Map<string, Lead>();
let askedAt = -1;
let pending: Lead[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

export function requestFlags(leads: readonly (Lead | undefined)[]): void {
  if (askedAt !== dataVersion.value) {
    askedAt = dataVersion.value;
    asked = new Map();
    rowFlags.value = new Map();
  }
  for (const lead of leads) {
    if (!lead || asked.has(lead.id)) continue;
    asked.set(lead.id, lead);
    pending.push(lead);
  }
  schedule();
}

function schedule(): void {
  if (pending.length && timer === undefined) timer = setTimeout(flush, 30);
}

// The thresholds come from the settings, and the first frame's settings are a copy from the last
// open: the database's, read just after, may differ (the team's process arrived by sync, or another
// window saved). Flags found with the old ones would stay wrong on screen: check every row again.
let flaggedWith: Settings = settings.peek();
settings.subscribe((s) => {
  if (s === flaggedWith) return;
  flaggedWith = s;
  pending = [...asked.values()];
  schedule();
});

async function flush(): Promise<void> {
  timer = undefined;
  const batch = pending;
  pending = [];
  const version = dataVersion.value;
  const used = settings.value;
  try {
    const { flagsForLeads } = await import('./problem-flags');
    const found = await flagsForLeads(await database(), batch, used, Date.now());
    // Newer data or settings came meanwhile: their own check replaces this one.
    if (version !== dataVersion.value || used !== settings.value) return;
    const next = new Map(rowFlags.value);
    for (const lead of batch) next.set(lead.id, found.get(lead.id) ?? []);
    rowFlags.value = next;
  } catch (err) {
    console.warn('[embudo] problem flags unavailable', err);
  }
}
