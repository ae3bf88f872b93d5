import { EpochSchema } from '../model/epoch';
import { LeadSchema } from '../model/lead';
import { ReviewSchema } from '../model/review';
import { SettingsSchema } from '../model/settings';
import { StageEventSchema } from '../model/stage-event';
import { z } from '../zod';

/**
 * The documents of a team database (docs/team-sync.md describes them for other
 * tools). Every document carries `type` and `owner` (the CouchDB user name of
 * the rep it belongs to); the server's validation function enforces both. Ids
 * say what a document is, so a tool can list one kind with a key range.
 */

/** CouchDB user names: no ":" (it separates the id prefix), no leading "_". */
export const UserNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^:_\s][^:\s]*$/, 'no spaces, no ":", not starting with "_"');

/** When each lead field last got its value (epoch ms), what "the later value wins" compares. */
export const FieldClockSchema = z.record(z.string(), EpochSchema);
export type FieldClock = z.infer<typeof FieldClockSchema>;

export const leadDocId = (leadId: string) => `lead:${leadId}`;
export const reviewDocId = (owner: string, reviewId: string) => `review:${owner}:${reviewId}`;
export const repDocId = (owner: string) => `rep:${owner}`;
export const PROCESS_DOC_ID = 'process';

/** A lead with its whole stage history (events as stored: no local ids). */
export const LeadDocSchema = z
  .object({
    _id: z.string().startsWith('lead:'),
    type: z.literal('lead'),
    owner: UserNameSchema,
    lead: LeadSchema,
    events: z.array(StageEventSchema.omit({ id: true })),
    clock: FieldClockSchema,
  })
  .refine((d) => d._id === leadDocId(d.lead.id), 'the id must be "lead:" and the lead\'s id')
  .refine((d) => d.events.every((e) => e.leadId === d.lead.id), 'every event must belong to the lead');
export type LeadDoc = z.infer<typeof LeadDocSchema>;

export const ReviewDocSchema = z
  .object({
    _id: z.string().startsWith('review:'),
    type: z.literal('review'),
    owner: UserNameSchema,
    review: ReviewSchema,
  })
  .refine((d) => d._id === reviewDocId(d.owner, d.review.id), 'the id must be "review:owner:reviewId"');
export type ReviewDoc = z.infer<typeof ReviewDocSchema>;

/** The team's process: the settings a team shares. The interface language stays each rep's own. */
export const ProcessSettingsSchema = SettingsSchema.omit({ language: true });
export type ProcessSettings = z.infer<typeof ProcessSettingsSchema>;

export const ProcessDocSchema = z.object({
  _id: z.literal(PROCESS_DOC_ID),
  type: z.literal('process'),
  /** The lead who saved it last (any member with the lead role may). */
  owner: UserNameSchema,
  updatedAt: EpochSchema,
  settings: ProcessSettingsSchema,
});
export type ProcessDoc = z.infer<typeof ProcessDocSchema>;

/** One per rep: when that rep last synced, so the team view can tell a quiet rep from a stale copy. */
export const RepDocSchema = z
  .object({
    _id: z.string().startsWith('rep:'),
    type: z.literal('rep'),
    owner: UserNameSchema,
    /** When this rep's browser last pushed changes. */
    syncedAt: EpochSchema,
  })
  .refine((d) => d._id === repDocId(d.owner), 'the id must be "rep:" and the owner');
export type RepDoc = z.infer<typeof RepDocSchema>;

const FiguresSchema = z.record(z.string(), z.number().nullable());

export const teamReviewDocId = (reviewId: string) => `team-review:${reviewId}`;

/**
 * A team review the lead held: when, what the team agreed (a short note), and the
 * figures it looked at, combined and per rep, so the next one shows what changed.
 * Written only by a lead, like `process`.
 */
export const TeamReviewDocSchema = z.object({
  _id: z.string().startsWith('team-review:'),
  type: z.literal('team-review'),
  owner: UserNameSchema,
  at: EpochSchema,
  note: z.string().trim().max(1000),
  figures: FiguresSchema,
  reps: z.record(z.string(), FiguresSchema),
});
export type TeamReviewDoc = z.infer<typeof TeamReviewDocSchema>;

export const TeamDocSchema = z.union([
  LeadDocSchema,
  ReviewDocSchema,
  ProcessDocSchema,
  RepDocSchema,
  TeamReviewDocSchema,
]);
/** A document's content: no `_rev`, which the replicator keeps beside it. */
export type TeamDoc = LeadDoc | ReviewDoc | ProcessDoc | RepDoc | TeamReviewDoc;

/** A document as the server holds it. */
export type RemoteDoc = TeamDoc & { _rev: string; _deleted?: undefined };
/** A deleted document: CouchDB keeps id, revision and whatever the deleter left (we leave type and owner). */
export interface Tombstone {
  _id: string;
  _rev: string;
  _deleted: true;
  type?: string;
  owner?: string;
}
