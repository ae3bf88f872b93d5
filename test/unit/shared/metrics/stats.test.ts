import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../../../shared/metrics/stats';

const sortedMiddle = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};

const medianOf = (xs: readonly number[]) =>
  groupFigures(1, Float64Array.from(xs), new Uint8Array(xs.length), xs.length)[0]?.medianDays;

describe('medians of long lists (counted into bins first)', () => {
  // Long enough to take the binned path; skewed, clustered and repeated values, odd and even counts.
  const value = fc.oneof(
    fc.double({ min: 0, max: 2000, noNaN: true }),
    fc.integer({ min: 0, max: 30 }),
    fc.double({ min: 0, max: 1e-6, noNaN: true }),
    fc.constant(7),
  );
  it('equal the middle of the sorted values', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 4096, maxLength: 4400 }), (xs) => {
        expect(medianOf(xs)).toBe(sortedMiddle(xs));
      }),
      { numRuns: 60 },
    );
  });

  it('handle a single repeated value, and a middle pair split across bins', () => {
    expect(medianOf(Array(5000).fill(3.5))).toBe(3.5);
    // Lower middle 1 (last of the low half), upper middle 1000: far apart, in different bins.
    const split = [
      ...Array(2500)
        .fill(0)
        .map((_, i) => i / 2500),
      ...Array(2500).fill(1000),
    ];
    expect(medianOf(split)).toBe(sortedMiddle(split));
  });
});
