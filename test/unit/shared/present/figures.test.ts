import { describe, expect, it } from 'vitest';
import { formatChange, formatDays, formatFigure, formatPercent } from '../../../../shared/present/figures';
import { formatMoney } from '../../../../shared/present/numbers';

describe('figure formats', () => {
  it('write rates, days and changes in the UI language, with a dash for "nothing counted"', () => {
    expect(formatPercent(2 / 3, 'en')).toBe('67%');
    expect(formatPercent(null, 'en')).toBe('—');
    // One rule for decimals: a tenth is shown under 10 (of percent or days), never above.
    expect(formatPercent(0.286, 'en')).toBe('29%');
    expect(formatPercent(0.045, 'en')).toBe('4.5%');
    expect(formatPercent(0.045, 'es').replace(/\s/g, ' ')).toBe('4,5 %');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(1, 'es')).toBe('1 día');
    expect(formatDays(2.25, 'en')).toBe('2.3 days');
    expect(formatDays(13.4, 'es')).toBe('13 días');
    expect(formatFigure(800, 'money', 'en', 'EUR')).toBe('€800');
    expect(formatFigure(120, 'money-per-day', 'en', 'EUR')).toBe('€120 per day');
    expect(formatFigure(12.75, 'count', 'en', 'EUR')).toBe('13');
    expect(formatMoney(5, 'XQQ', 'en')).toMatch(/5/);
    expect(formatChange(0.125, 'ratio', 'en', 'EUR')).toBe('+13 pp');
    expect(formatChange(0.025, 'ratio', 'en', 'EUR')).toBe('+2.5 pp');
    expect(formatChange(-0.5, 'ratio', 'es', 'EUR')).toBe('−50 p. p.');
    expect(formatChange(-3, 'count', 'en', 'EUR')).toBe('−3');
    expect(formatChange(null, 'days', 'en', 'EUR')).toBe('—');
  });
});
