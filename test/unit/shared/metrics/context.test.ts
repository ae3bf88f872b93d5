import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketsOf } from '../../../../shared/metrics/context';

/** The plain definition: the last bucket whose start is at or before `t`, inside [first start, end). */
function reference(starts: readonly number[], end: number, t: number): number {
  if (starts.length === 0 || t < (starts[0] as number) || t >= end) return -1;
  let m = -1;
  starts.forEach((s, i) => {
    if (s <= t) m = i;
  });
  return m;
}

/** The buckets of a column of instants, written after two cells that must stay untouched. */
function column(starts: readonly number[], end: number, times: readonly number[]): number[] {
  const out = new Int32Array(times.length + 2).fill(99);
  bucketsOf(starts, end, Float64Array.from(times), times.length, out, 2);
  expect([out[0], out[1]]).toEqual([99, 99]);
  return Array.from(out.subarray(2));
}

describe('bucketsOf', () => {
  it('finds the same bucket as a linear look, for buckets of any widths and any instant', () => {
    const buckets = fc
      .array(fc.integer({ min: 1, max: 40 * 86_400_000 }), { minLength: 1, maxLength: 130 })
      .chain((widths) => fc.tuple(fc.constant(widths), fc.integer({ min: -1e12, max: 1e12 })));
    fc.assert(
      fc.property(
        buckets,
        fc.array(fc.double({ min: -0.2, max: 1.2, noNaN: true })),
        ([widths, origin], at) => {
          const starts: number[] = [];
          let edge = origin;
          for (const w of widths) {
            starts.push(edge);
            edge += w;
          }
          const span = edge - origin;
          const times = [...at.map((f) => origin + f * span), ...starts, edge, edge - 1, origin - 1];
          expect(column(starts, edge, times)).toEqual(times.map((t) => reference(starts, edge, t)));
        },
      ),
    );
  });

  it('says -1 for no buckets and for NaN', () => {
    expect(column([], 10, [5])).toEqual([-1]);
    expect(column([0, 5], 10, [Number.NaN, 7])).toEqual([-1, 1]);
  });
});
