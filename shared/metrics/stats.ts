import { borrowFloat64, borrowUint8, giveBack } from './scratch';
import type { DurationFigure, RateFigure } from './types';

/** A share that is null when there is nothing to divide by, and never leaves [0, 1]. */
export function rate(numerator: number, denominator: number): RateFigure {
  return {
    rate: denominator > 0 ? Math.min(1, Math.max(0, numerator / denominator)) : null,
    numerator,
    denominator,
  };
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

/**
 * Durations (in days) in groups (stages, months) with each group's mean and
 * median. Values go into one borrowed scratch buffer with their group beside
 * them; `figures()` gathers each group into a second buffer and selects its
 * median there, then hands both back. `capacity` bounds how many values are
 * pushed (the loop's length). Call `figures()` once, last.
 */
export class DurationGroups {
  private readonly values: Float64Array;
  private readonly group: Uint8Array;
  private readonly sums: Float64Array;
  private readonly counts: Uint32Array;
  private n = 0;

  constructor(
    groups: number,
    private readonly capacity: number,
  ) {
    this.values = borrowFloat64(capacity);
    this.group = borrowUint8(capacity);
    this.sums = new Float64Array(groups);
    this.counts = new Uint32Array(groups);
  }

  push(g: number, days: number): void {
    // A borrowed buffer may be longer, and a typed array drops writes past its end: a wrong
    // capacity would skew medians silently, so it fails here instead.
    if (this.n >= this.capacity) throw new RangeError(`more than ${this.capacity} durations pushed`);
    this.values[this.n] = days;
    this.group[this.n++] = g;
    this.sums[g] = (this.sums[g] as number) + days;
    this.counts[g] = (this.counts[g] as number) + 1;
  }

  figures(): DurationFigure[] {
    const { counts, sums, values, group, n } = this;
    const groups = counts.length;
    if (groups === 1) {
      const figure = {
        meanDays: n > 0 ? (sums[0] as number) / n : null,
        medianDays: medianInPlace(values, n),
        count: n,
      };
      giveBack(values);
      giveBack(group);
      return [figure];
    }
    // Where each group starts in the gathered buffer (a counting sort: values stay in push order).
    const fill = new Uint32Array(groups);
    for (let g = 1; g < groups; g++) fill[g] = (fill[g - 1] as number) + (counts[g - 1] as number);
    const starts = fill.slice();
    const gathered = borrowFloat64(n);
    for (let k = 0; k < n; k++) {
      const g = group[k] as number;
      gathered[fill[g] as number] = values[k] as number;
      fill[g] = (fill[g] as number) + 1;
    }
    giveBack(values);
    giveBack(group);
    const out: DurationFigure[] = [];
    for (let g = 0; g < groups; g++) {
      const count = counts[g] as number;
      const at = starts[g] as number;
      out.push({
        meanDays: count > 0 ? (sums[g] as number) / count : null,
        medianDays: medianInPlace(gathered.subarray(at, at + count), count),
        count,
      });
    }
    giveBack(gathered);
    return out;
  }
}

/** One group of durations: a list's mean and median. */
export class DurationList {
  private readonly groups: DurationGroups;

  constructor(capacity: number) {
    this.groups = new DurationGroups(1, capacity);
  }

  push(days: number): void {
    this.groups.push(0, days);
  }

  figure(): DurationFigure {
    return this.groups.figures()[0] as DurationFigure;
  }
}
