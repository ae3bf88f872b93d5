import { describe, expect, it, vi } from 'vitest';
import { formatDay, formatMoneyByCurrency } from '../../../../extension/ui/format';
import { formatsSoFar, remembered, seedFormats } from '../../../../shared/present/format-memo';
import { formatMoney } from '../../../../shared/present/numbers';

describe('formatted strings remembered for a first frame without Intl', () => {
  it('formats once per input and remembers the result', () => {
    const format = vi.fn(() => 'x');
    expect(remembered('memo-test|1', format)).toBe('x');
    expect(remembered('memo-test|1', format)).toBe('x');
    expect(format).toHaveBeenCalledTimes(1);
    expect(formatsSoFar()).toContainEqual(['memo-test|1', 'x']);
  });

  it('gives a seeded string without building an Intl formatter', () => {
    seedFormats([
      ['m|es|EUR|4321', '4321 € (seeded)'],
      ['d|es|2026-03-04|true', '4 mar (seeded)'],
    ]);
    const make = vi.spyOn(Intl, 'NumberFormat');
    const makeDate = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatMoney(4321, 'EUR', 'es')).toBe('4321 € (seeded)');
    expect(formatDay('2026-03-04', 'es', Date.UTC(2026, 5, 1))).toBe('4 mar (seeded)');
    expect(make).not.toHaveBeenCalled();
    expect(makeDate).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('remembers exactly what Intl gave', () => {
    const direct = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    expect(formatMoney(98765, 'USD', 'en')).toBe(direct.format(98765));
    expect(formatMoney(98765, 'USD', 'en')).toBe(direct.format(98765));
  });

  it('orders currencies without a collator: the default first, then by code', () => {
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    expect(formatMoneyByCurrency({ USD: 1, GBP: 2, EUR: 3 }, 'USD', 'en')).toBe('$1 + €3 + £2');
    expect(compare).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
