import type { DurationFigure, RateFigure } from './types';

/** A share that is null when there is nothing to divide by, and never leaves [0, 1]. */
export function rate(numerator: number, denominator: number): RateFigure {
  return {
    rate: denominator > 0 ? Math.min(1, Math.max(0, numerator / denominator)) : null,
    numerator,
    denominator,
  };
}

/**
 * Median by quickselect (average O(n)) on a scratch copy: sorting every
 * duration list would cost more than the rest of the engine on 500,000 events.
 */
export function median(values: ArrayLike<number>, count = values.length): number | null {
  if (count === 0) return null;
  const a = new Float64Array(count);
  for (let i = 0; i < count; i++) a[i] = values[i] as number;
  return medianInPlace(a, count);
}

/** Median of a[0..count), reordering them: for scratch buffers nobody reads in order again. */
function medianInPlace(a: Float64Array, count: number): number | null {
  if (count === 0) return null;
  const upper = select(a, count >> 1, count);
  if (count % 2 === 1) return upper;
  // Even count: the lower middle is the largest value left of the upper middle after selection.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count >> 1; i++) if ((a[i] as number) > lower) lower = a[i] as number;
  return (lower + upper) / 2;
}

function select(a: Float64Array, k: number, count: number): number {
  let lo = 0;
  let hi = count - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

/** A growable list of numbers (durations in days) with its mean and median. */
export class DurationList {
  private values = new Float64Array(64);
  private n = 0;
  private sum = 0;

  push(days: number): void {
    if (this.n === this.values.length) {
      const next = new Float64Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.n++] = days;
    this.sum += days;
  }

  get count(): number {
    return this.n;
  }

  figure(): DurationFigure {
    return {
      meanDays: this.n > 0 ? this.sum / this.n : null,
      // The list is scratch (its order means nothing), so select in place instead of on a copy.
      medianDays: medianInPlace(this.values, this.n),
      count: this.n,
    };
  }
}
