// No zod here: the popup's first paint and the formatters import this.
/**
 * The times Embudo can show. Every date that enters from outside (a backup, a
 * CSV cell, a capture, settings) is held to this range, so a screen or an
 * export never meets a time `Date` cannot format (`RangeError: Invalid time
 * value` past ±8.64e15 ms) nor a year nobody means. 1970 is where epochs start;
 * 2100 leaves every real follow-up date inside. See docs/backup-format.md.
 */
export const MIN_EPOCH = 0;
/** The last millisecond of 2099 (UTC). */
export const MAX_EPOCH = Date.UTC(2100, 0, 1) - 1;
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2099;

/** Said by every schema in epoch.ts, so the file readers can name the problem in the rep's language. */
export const TIME_RANGE_MESSAGE = `not a time between ${MIN_YEAR} and ${MAX_YEAR}`;

export function isShowableEpoch(at: unknown): at is number {
  return typeof at === 'number' && Number.isInteger(at) && at >= MIN_EPOCH && at <= MAX_EPOCH;
}

/** An ISO date-time for a `<time dateTime>` or a file, or '' for a time outside the range. */
export function isoOrEmpty(at: number): string {
  return isShowableEpoch(at) ? new Date(at).toISOString() : '';
}
