import { z } from '../zod';

import { isShowableEpoch, MAX_EPOCH, MAX_YEAR, MIN_EPOCH, MIN_YEAR, TIME_RANGE_MESSAGE } from './time-range';

/** Milliseconds since the epoch: cheap to compare and to index. */
export const EpochSchema = z
  .number()
  .int()
  .refine((n) => n >= MIN_EPOCH && n <= MAX_EPOCH, TIME_RANGE_MESSAGE);

/** Calendar date as the rep typed it (YYYY-MM-DD), free of time zones. */
export const IsoDateSchema = z.iso.date().refine((d) => {
  const year = Number(d.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, TIME_RANGE_MESSAGE);

/** An ISO date-time (the backup's `exportedAt`), in the same range. */
export const IsoDateTimeSchema = z.iso
  .datetime()
  .refine((d) => isShowableEpoch(Date.parse(d)), TIME_RANGE_MESSAGE);
