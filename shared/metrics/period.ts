import { DAY_MS } from '../time/day';
import { localDate, startOfLocalDay, systemTimeZone, type TimeZone } from './time-zone';

export const PERIOD_PRESETS = ['this-month', 'last-30', 'last-90', 'this-quarter', 'this-year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * A period as the user picks it. A custom range given as `YYYY-MM-DD` dates
 * includes both days (local calendar); given as epoch milliseconds it is [start, end).
 */
export type PeriodSpec = PeriodPreset | { start: string | number; end: string | number };

/** A period pinned to instants: [start, end), plus how it was asked for. */
export interface ResolvedPeriod {
  start: number;
  end: number;
  /** The preset name, or `custom`. */
  label: PeriodPreset | 'custom';
  /** The zone the calendar boundaries were computed in. */
  zone: TimeZone;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(s: string): { y: number; m: number; d: number } {
  const m = ISO_DATE.exec(s);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${s}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new RangeError(`no such date: ${s}`);
  return { y, m: mo, d };
}

/** Turn a period choice into instants, with calendar boundaries in `zone` (the system zone by default). */
export function resolvePeriod(
  spec: PeriodSpec,
  now: number,
  zone: TimeZone = systemTimeZone(),
): ResolvedPeriod {
  if (typeof spec === 'object') {
    const start =
      typeof spec.start === 'number'
        ? spec.start
        : (({ y, m, d }) => startOfLocalDay(y, m, d, zone))(parseIsoDate(spec.start));
    const end =
      typeof spec.end === 'number'
        ? spec.end
        : (({ y, m, d }) => startOfLocalDay(y, m, d + 1, zone))(parseIsoDate(spec.end));
    if (!(end > start)) throw new RangeError('the period ends before it starts');
    return { start, end, label: 'custom', zone };
  }
  const { year, month, day } = localDate(now, zone);
  switch (spec) {
    case 'this-month':
      return {
        start: startOfLocalDay(year, month, 1, zone),
        end: startOfLocalDay(year, month + 1, 1, zone),
        label: spec,
        zone,
      };
    case 'this-quarter': {
      const first = month - ((month - 1) % 3);
      return {
        start: startOfLocalDay(year, first, 1, zone),
        end: startOfLocalDay(year, first + 3, 1, zone),
        label: spec,
        zone,
      };
    }
    case 'this-year':
      return {
        start: startOfLocalDay(year, 1, 1, zone),
        end: startOfLocalDay(year + 1, 1, 1, zone),
        label: spec,
        zone,
      };
    case 'last-30':
    case 'last-90': {
      // Whole local days, today included: "last 30 days" on the 30th of a month starts on the 1st.
      const days = spec === 'last-30' ? 30 : 90;
      return {
        start: startOfLocalDay(year, month, day - days + 1, zone),
        end: startOfLocalDay(year, month, day + 1, zone),
        label: spec,
        zone,
      };
    }
  }
}

/** Parse the CLI/UI spelling of a period: a preset name or `YYYY-MM-DD..YYYY-MM-DD`. */
export function parsePeriodArg(arg: string): PeriodSpec {
  if ((PERIOD_PRESETS as readonly string[]).includes(arg)) return arg as PeriodPreset;
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(arg);
  if (!m) {
    throw new RangeError(
      `unknown period "${arg}": use ${PERIOD_PRESETS.join(', ')} or YYYY-MM-DD..YYYY-MM-DD`,
    );
  }
  const spec = { start: m[1] as string, end: m[2] as string };
  parseIsoDate(spec.start);
  parseIsoDate(spec.end);
  if (spec.end < spec.start) throw new RangeError(`the period ends before it starts: ${arg}`);
  return spec;
}

/** Length of a period in days (fractional around DST changes). */
export function periodDays(p: ResolvedPeriod): number {
  return (p.end - p.start) / DAY_MS;
}
