import { ReviewSchema } from '../../../shared/model/review';
import { RepColumnsSchema } from '../../../shared/sync/rep-columns-check';
import { z } from '../../../shared/zod';
import type { EmbudoDb, TeamRepRow } from '../db';
import { teamRepRows } from './team-rep-rows';

const TeamRepRowSchema = z.object({
  owner: z.string().min(1),
  columns: RepColumnsSchema,
  reviews: z.array(z.object({ id: z.string(), review: ReviewSchema })),
  syncedAt: z.number().optional(),
});

/**
 * Every rep's record, each checked; a record that fails (a damaged or
 * foreign record) has all of them rebuilt from the documents, which are the
 * truth: nothing is lost, the screen only waits longer this once.
 */
export async function readTeamReps(db: EmbudoDb): Promise<TeamRepRow[]> {
  const rows = await db.teamReps.toArray();
  if (rows.every((r) => TeamRepRowSchema.safeParse(r).success)) return rows;
  return db.transaction('rw', db.teamDocs, db.teamReps, async () => {
    const rebuilt = teamRepRows(await db.teamDocs.toArray());
    await db.teamReps.clear();
    await db.teamReps.bulkPut(rebuilt);
    return rebuilt;
  });
}
