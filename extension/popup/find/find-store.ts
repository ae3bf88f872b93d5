import { effect, signal, untracked } from '@preact/signals';
import type { ProblemId } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { allLeadsAndEvents } from '../../data/leads/lead-queries';
import { database } from '../lazy-database';
import { dataVersion } from '../pipeline/pipeline-store';
import { settings } from '../settings-store';
import { EMPTY_QUERY, type FindQuery, findLeads, isFinding } from './find-logic';

/**
 * Find needs every lead, so it loads them only when the rep starts searching,
 * and keeps them until the next write (dataVersion). Problems of every lead are
 * computed only when the problem filter is used.
 */
export const findQuery = signal<FindQuery>(EMPTY_QUERY);
/** The matches, and which run produced them (lists start over at the top for a new run). */
export const findResults = signal<{ leads: Lead[]; run: number } | null>(null);
export const findBusy = signal(false);

let cache: {
  version: number;
  leads: Lead[];
  events: StageEvent[];
  problems?: Map<string, ProblemId[]>;
} | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let run = 0;

async function loaded(withProblems: boolean) {
  const db = await database();
  const version = dataVersion.value;
  if (cache?.version !== version) cache = { version, ...(await allLeadsAndEvents(db)) };
  if (withProblems && !cache.problems) {
    const { flagsOf, problemIds } = await import('../ui/problem-flags');
    const flags = flagsOf(cache.leads, cache.events, settings.value, Date.now());
    cache.problems = new Map([...flags].map(([id, f]) => [id, problemIds(f)]));
  }
  return cache;
}

async function search(q: FindQuery): Promise<void> {
  const mine = ++run;
  if (!isFinding(q)) {
    findResults.value = null;
    return;
  }
  findBusy.value = true;
  try {
    const data = await loaded(q.problem !== '');
    const found = findLeads(data.leads, q, (l) => data.problems?.get(l.id) ?? []);
    if (mine === run) findResults.value = { leads: found, run: mine };
  } finally {
    if (mine === run) findBusy.value = false;
  }
}

/** Changes part of the query; typing is debounced, choices apply at once. */
export function updateQuery(patch: Partial<FindQuery>): void {
  findQuery.value = { ...findQuery.value, ...patch };
  clearTimeout(timer);
  timer = setTimeout(() => search(findQuery.value), 'text' in patch ? 150 : 0);
}

/** Runs the current query again after a write (the results may have changed). */
function refreshFind(): void {
  if (isFinding(findQuery.value)) void search(findQuery.value);
}

export function clearFind(): void {
  updateQuery(EMPTY_QUERY);
}

// Results follow writes made anywhere in the app (an edit, a move, a capture).
effect(() => {
  if (dataVersion.value > 0) untracked(refreshFind);
});
