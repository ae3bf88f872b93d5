import type { TeamRep, TeamReviewMark } from '../../../shared/metrics/team-figures';
import type { Settings } from '../../../shared/model/settings';
import { unpackRep } from '../../../shared/sync/rep-columns';
import type { TeamDoc, TeamReviewDoc } from '../../../shared/sync/team-docs';
import { TeamRecords } from '../../../shared/sync/team-reps';
import type { EmbudoDb } from '../db';
import { leadOf } from '../leads/lead-rows';
import { loadSettings } from '../settings/settings-repository';
import { readSyncConfig } from './sync-config';
import { readSyncState } from './sync-state';
import { readTeamReps } from './team-rep-read';

/** What the Team screen computes from: every rep's records as this browser last synced them. */
export interface TeamSnapshot {
  /** The signed-in member. */
  me: string;
  reps: TeamRep[];
  /** The team's process (a pulled `process` document becomes the settings). */
  settings: Settings;
  /** The latest team review, if any. */
  lastReview: TeamReviewDoc | null;
  /** When this browser last synced: how old the copy is. */
  syncedAt: number | null;
}

/**
 * The team's records from this browser: the member's own pipeline (what the team
 * sees of it: private leads stay out) and every other rep's pulled documents.
 * Null while sync is off. Pulled documents were validated by the replicator;
 * other reps' leads carry the fields figures read (shared/sync/rep-columns.ts).
 */
export async function readTeamSnapshot(db: EmbudoDb): Promise<TeamSnapshot | null> {
  const config = await readSyncConfig(db);
  if (!config) return null;
  // Other reps come packed, one record each (team-rep-read.ts); team reviews are the only documents read.
  const [rows, reviews, others, teamReviews, settings, state] = await Promise.all([
    db.leads.toArray(),
    db.reviews.toArray(),
    readTeamReps(db),
    db.teamDocs.where('type').equals('team-review').toArray(),
    loadSettings(db),
    readSyncState(db),
  ]);
  const team = new TeamRecords();
  const mine = team.rep(config.name);
  for (const row of rows) {
    if (row.private) continue;
    mine.leads.push(leadOf(row));
    for (const e of row.events) mine.events.push(e);
  }
  for (const { sync: _s, syncDirty: _d, ...review } of reviews) mine.reviews.push(review);
  if (state.syncedAt !== undefined) mine.syncedAt = state.syncedAt;
  for (const row of teamReviews) team.add(row.doc as TeamDoc);
  for (const other of others) {
    if (other.owner === config.name) continue;
    const rep = team.rep(other.owner);
    const { leads, events } = unpackRep(other.columns);
    rep.leads = leads;
    rep.events = events;
    rep.reviews = other.reviews.map((r) => r.review);
    if (other.syncedAt !== undefined) rep.syncedAt = other.syncedAt;
  }
  // The signed-in member counts as a rep once they have a pipeline (a lead with none is not one).
  const empty = mine.leads.length === 0 && mine.reviews.length === 0;
  return {
    me: config.name,
    reps: team.reps(empty ? config.name : undefined),
    settings,
    lastReview: team.lastReview,
    syncedAt: state.syncedAt ?? null,
  };
}

/** The figures a team review recorded, as the next one compares them. */
export function reviewMark(doc: TeamReviewDoc | null): TeamReviewMark | null {
  return doc ? { at: doc.at, figures: doc.figures, reps: doc.reps } : null;
}
