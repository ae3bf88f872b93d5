import { describe, expect, it } from 'vitest';
import { parsePeriodArg, periodDays, resolvePeriod } from '../../../../shared/metrics/period';
import { localIsoDate, monthStartsBetween, zoneOffsetMs } from '../../../../shared/metrics/time-zone';

const t = (iso: string) => Date.parse(`${iso}Z`);
const MADRID = 'Europe/Madrid';

describe('time zone helpers', () => {
  it('reads offsets from Intl, winter and summer, and fixed offsets', () => {
    expect(zoneOffsetMs(MADRID, t('2026-01-15T12:00'))).toBe(3_600_000);
    expect(zoneOffsetMs(MADRID, t('2026-07-15T12:00'))).toBe(7_200_000);
    expect(zoneOffsetMs('America/Mexico_City', t('2026-07-15T12:00'))).toBe(-6 * 3_600_000);
    expect(zoneOffsetMs(-300, t('2026-07-15T12:00'))).toBe(-5 * 3_600_000);
  });

  it('gives the local calendar day', () => {
    expect(localIsoDate(t('2026-01-31T23:30'), MADRID)).toBe('2026-02-01');
    expect(localIsoDate(t('2026-01-31T23:30'), 'UTC')).toBe('2026-01-31');
  });

  it('lists local month starts across the spring DST change', () => {
    // 1 March 00:00 CET = 28 Feb 23:00 UTC; 1 April 00:00 CEST = 31 March 22:00 UTC.
    expect(monthStartsBetween(t('2026-03-10T00:00'), t('2026-04-02T00:00'), MADRID)).toEqual([
      t('2026-02-28T23:00'),
      t('2026-03-31T22:00'),
      t('2026-04-30T22:00'),
    ]);
  });
});

describe('resolvePeriod', () => {
  it('this-month follows the rep’s calendar, not UTC', () => {
    // 31 Jan 23:30 UTC is already 1 February in Madrid.
    const p = resolvePeriod('this-month', t('2026-01-31T23:30'), MADRID);
    expect([p.start, p.end]).toEqual([t('2026-01-31T23:00'), t('2026-02-28T23:00')]);
    expect(p.label).toBe('this-month');
    // Same instant with a fixed UTC+1 offset gives the same month; in UTC it is still January.
    expect(resolvePeriod('this-month', t('2026-01-31T23:30'), 60).start).toBe(t('2026-01-31T23:00'));
    expect(resolvePeriod('this-month', t('2026-01-31T23:30'), 'UTC').start).toBe(t('2026-01-01T00:00'));
  });

  it('a month that contains the DST change is one hour short', () => {
    const p = resolvePeriod('this-month', t('2026-03-15T12:00'), MADRID);
    expect([p.start, p.end]).toEqual([t('2026-02-28T23:00'), t('2026-03-31T22:00')]);
    expect(periodDays(p)).toBeCloseTo(31 - 1 / 24, 9);
  });

  it('this-quarter and this-year', () => {
    const q = resolvePeriod('this-quarter', t('2026-05-10T12:00'), MADRID);
    expect([q.start, q.end]).toEqual([t('2026-03-31T22:00'), t('2026-06-30T22:00')]);
    const y = resolvePeriod('this-year', t('2026-05-10T12:00'), MADRID);
    expect([y.start, y.end]).toEqual([t('2025-12-31T23:00'), t('2026-12-31T23:00')]);
  });

  it('last-30 and last-90 are whole local days including today', () => {
    // Today 30 Jan → 1 Jan .. 30 Jan.
    const a = resolvePeriod('last-30', t('2026-01-30T12:00'), MADRID);
    expect([a.start, a.end]).toEqual([t('2025-12-31T23:00'), t('2026-01-30T23:00')]);
    // Today 10 April → 89 days back is 11 January (10 in April, 31 in March, 28 in February, 20 in January).
    const b = resolvePeriod('last-90', t('2026-04-10T12:00'), MADRID);
    expect([b.start, b.end]).toEqual([t('2026-01-10T23:00'), t('2026-04-10T22:00')]);
  });

  it('custom ranges: dates are inclusive local days, numbers are [start, end)', () => {
    const d = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, 0, MADRID);
    expect([d.start, d.end, d.label]).toEqual([t('2025-12-31T23:00'), t('2026-01-31T23:00'), 'custom']);
    const n = resolvePeriod({ start: 10, end: 20 }, 0, MADRID);
    expect([n.start, n.end]).toEqual([10, 20]);
    expect(() => resolvePeriod({ start: '2026-02-30', end: '2026-03-01' }, 0, MADRID)).toThrow(
      /no such date/,
    );
    expect(() => resolvePeriod({ start: 20, end: 10 }, 0, MADRID)).toThrow(/ends before/);
  });
});

describe('parsePeriodArg', () => {
  it('accepts presets and date ranges', () => {
    expect(parsePeriodArg('this-quarter')).toBe('this-quarter');
    expect(parsePeriodArg('2026-01-01..2026-03-31')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('rejects anything else with a readable message', () => {
    expect(() => parsePeriodArg('last-7')).toThrow(/unknown period "last-7"/);
    expect(() => parsePeriodArg('2026-03-01..2026-01-01')).toThrow(/ends before/);
    expect(() => parsePeriodArg('2026-13-01..2026-12-01')).toThrow(/no such date/);
  });
});
