import { z } from '../zod';
import { IsoDateTimeSchema } from './epoch';
import { LeadSchema } from './lead';
import { ReviewSchema } from './review';
import { SettingsSchema } from './settings';
import { StageEventSchema } from './stage-event';

export const BACKUP_FORMAT = 'embudo-backup';
export const BACKUP_VERSION = 1;

/**
 * Everything a rep has, in one file: what export writes, import reads, the
 * playbook's team review and `npm run report` consume. Documented in docs/backup-format.md.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTimeSchema,
  /** Free text the rep may set (their name) so a team review can tell files apart. */
  owner: z.string().trim().max(100).optional(),
  leads: z.array(LeadSchema),
  stageEvents: z.array(StageEventSchema),
  reviews: z.array(ReviewSchema).default([]),
  settings: SettingsSchema,
});
export type Backup = z.infer<typeof BackupSchema>;
