/**
 * Calendar arithmetic in the rep's time zone. Month and day boundaries decide
 * which month a lead counts in, so they are computed in the zone the rep lives
 * in, not in UTC: a lead created on 31 January at 23:30 in Madrid is a January lead.
 */

/** An IANA zone ("Europe/Madrid") or a fixed offset in minutes east of UTC (60 = UTC+1). */
export type TimeZone = string | number;

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws a RangeError for an unknown zone: callers validate user input with isValidTimeZone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at instant `at`, in milliseconds (positive east of UTC). */
export function zoneOffsetMs(zone: TimeZone, at: number): number {
  if (typeof zone === 'number') return zone * 60_000;
  const parts = formatterFor(zone).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar date an instant falls on in `zone`. */
export function localDate(at: number, zone: TimeZone): LocalDate {
  const d = new Date(at + zoneOffsetMs(zone, at));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of an instant in `zone`: how due dates typed by the rep compare with "today". */
export function localIsoDate(at: number, zone: TimeZone): string {
  const { year, month, day } = localDate(at, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instant local midnight starts on a calendar date in `zone`. Month and day
 * may overflow (month 13, day 0) the way Date.UTC allows, which keeps callers simple.
 */
export function startOfLocalDay(year: number, month: number, day: number, zone: TimeZone): number {
  const wall = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset even when midnight sits next to a DST change.
  let at = wall - zoneOffsetMs(zone, wall);
  at = wall - zoneOffsetMs(zone, at);
  return at;
}

/** Start instants of each local month from the month containing `from` up to the first start ≥ `to`. */
export function monthStartsBetween(from: number, to: number, zone: TimeZone): number[] {
  const { year, month } = localDate(from, zone);
  const starts: number[] = [];
  for (let i = 0; ; i++) {
    const s = startOfLocalDay(year, month + i, 1, zone);
    starts.push(s);
    if (s >= to) break;
  }
  return starts;
}

/** `YYYY-MM` label of the local month an instant falls in. */
export function monthKey(at: number, zone: TimeZone): string {
  return localIsoDate(at, zone).slice(0, 7);
}
