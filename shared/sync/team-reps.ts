import type { TeamRep } from '../metrics/team-figures';
import type { Lead } from '../model/lead';
import type { Review } from '../model/review';
import { type Settings, SettingsSchema } from '../model/settings';
import type { StageEvent } from '../model/stage-event';
import { type ProcessDoc, type TeamDoc, TeamDocSchema, type TeamReviewDoc } from './team-docs';

interface RepRecords {
  leads: Lead[];
  events: StageEvent[];
  reviews: Review[];
  syncedAt?: number;
}

/**
 * A team database's documents sorted into reps (each rep's leads, events,
 * reviews and last sync), the team's process and its latest team review. What
 * the Team screen (from this browser's copy) and the playbook (from the server)
 * both compute from. Documents of `skipOwner` are left out: the extension has
 * that rep's own pipeline in its own stores. Pure; documents already validated.
 */
export class TeamRecords {
  private readonly byOwner = new Map<string, RepRecords>();
  process: ProcessDoc | null = null;
  lastReview: TeamReviewDoc | null = null;

  rep(owner: string): RepRecords {
    const found = this.byOwner.get(owner);
    if (found) return found;
    const made: RepRecords = { leads: [], events: [], reviews: [] };
    this.byOwner.set(owner, made);
    return made;
  }

  add(doc: TeamDoc, skipOwner?: string): void {
    if (doc.type === 'process') this.process = doc;
    else if (doc.type === 'team-review') {
      if (!this.lastReview || doc.at > this.lastReview.at) this.lastReview = doc;
    } else if (doc.owner === skipOwner) return;
    else if (doc.type === 'lead') {
      const r = this.rep(doc.owner);
      r.leads.push(doc.lead);
      for (const e of doc.events) r.events.push(e);
    } else if (doc.type === 'review') this.rep(doc.owner).reviews.push(doc.review);
    else if (doc.type === 'rep') this.rep(doc.owner).syncedAt = doc.syncedAt;
  }

  /** Reps in name order (figures do not depend on the order documents came in); `drop` leaves one out. */
  reps(drop?: string): TeamRep[] {
    return [...this.byOwner.entries()]
      .filter(([owner]) => owner !== drop)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([owner, r]) => ({ owner, ...r }));
  }
}

/**
 * A team database's documents as the server lists them (`_all_docs`): each
 * checked (zod); design and local documents, deletions and kinds this version
 * does not know are skipped and counted.
 */
export function teamOfServerDocs(rows: readonly { id: string; doc?: unknown }[]): {
  team: TeamRecords;
  skipped: number;
} {
  const team = new TeamRecords();
  let skipped = 0;
  for (const row of rows) {
    if (row.id.startsWith('_') || !row.doc) continue;
    const parsed = TeamDocSchema.safeParse(row.doc);
    if (parsed.success) team.add(parsed.data);
    else skipped++;
  }
  return { team, skipped };
}

/** The team's process as settings (the defaults while the lead has saved none). */
export function processSettings(process: ProcessDoc | null): Settings {
  return SettingsSchema.parse({ ...process?.settings });
}
