import {
  PERIOD_PRESETS,
  type PeriodPreset,
  type ResolvedPeriod,
  resolvePeriod,
} from '../../../shared/metrics/period';
import { localIsoDate, systemTimeZone, type TimeZone } from '../../../shared/metrics/time-zone';
import { DAY_MS } from '../../../shared/time/day';

/** What the period picker holds: a preset, or a custom range of local dates (both days included). */
export type PeriodChoice = { preset: PeriodPreset } | { preset: 'custom'; start: string; end: string };

export const PICKER_OPTIONS: readonly (PeriodPreset | 'custom')[] = [...PERIOD_PRESETS, 'custom'];
export const DEFAULT_CHOICE: PeriodChoice = { preset: 'last-90' };

type ChoiceResult = { ok: true; period: ResolvedPeriod } | { ok: false; error: 'missing' | 'order' };

/** Turns the picker's state into instants; a custom range that is incomplete or reversed is an error. Pure. */
export function resolveChoice(
  choice: PeriodChoice,
  now: number,
  zone: TimeZone = systemTimeZone(),
): ChoiceResult {
  if (choice.preset !== 'custom') return { ok: true, period: resolvePeriod(choice.preset, now, zone) };
  if (!choice.start || !choice.end) return { ok: false, error: 'missing' };
  if (choice.end < choice.start) return { ok: false, error: 'order' };
  try {
    return { ok: true, period: resolvePeriod({ start: choice.start, end: choice.end }, now, zone) };
  } catch {
    return { ok: false, error: 'missing' };
  }
}

/** A custom range to start from when the rep picks "custom": the 30 days up to today. Pure. */
export function defaultCustomRange(
  now: number,
  zone: TimeZone = systemTimeZone(),
): { start: string; end: string } {
  return { start: localIsoDate(now - 29 * DAY_MS, zone), end: localIsoDate(now, zone) };
}

/** The last day a period includes, as a local date (periods end at the next midnight). Pure. */
export function periodBounds(period: ResolvedPeriod): { first: string; last: string } {
  return { first: localIsoDate(period.start, period.zone), last: localIsoDate(period.end - 1, period.zone) };
}
