import { type TeamReviewDoc, TeamReviewDocSchema, teamReviewDocId } from '../../../shared/sync/team-docs';
import type { EmbudoDb } from '../db';
import { readSyncConfig } from './sync-config';
import { nextDirty } from './sync-marking';

/** What the lead records at a team review: what was agreed, and the figures looked at. */
export interface TeamReviewInput {
  note: string;
  figures: Record<string, number | null>;
  reps: Record<string, Record<string, number | null>>;
}

/**
 * Stores a team review as a document waiting to be pushed (the next sync sends
 * it; only a lead may write one, the server refuses anyone else and the sync
 * status says so). Validated before writing: bad input stores nothing.
 */
export async function recordTeamReview(
  db: EmbudoDb,
  input: TeamReviewInput,
  at: number,
): Promise<TeamReviewDoc> {
  const config = await readSyncConfig(db);
  if (!config) throw new Error('team sync is off');
  const doc = TeamReviewDocSchema.parse({
    _id: teamReviewDocId(`${at.toString(36)}-${crypto.randomUUID().slice(0, 8)}`),
    type: 'team-review',
    owner: config.name,
    at,
    ...input,
  });
  await db.teamDocs.put({
    id: doc._id,
    type: doc.type,
    owner: doc.owner,
    doc,
    syncDirty: nextDirty(undefined, at),
  });
  return doc;
}
