import { borrowFloat64, giveBack } from './scratch';
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
  if (count >= BINNED_FROM) {
    const binned = binnedMedian(a, count);
    if (binned !== undefined) return binned;
  }
  const upper = select(a, count >> 1, count);
  if (count % 2 === 1) return upper;
  // Even count: the lower middle is the largest value left of the upper middle after selection.
  return (largest(a, 0, count >> 1) + upper) / 2;
}

function largest(a: Float64Array, from: number, to: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) if ((a[i] as number) > max) max = a[i] as number;
  return max;
}

const BINS = 4096;
/** From this many values, binning first beats selecting among them all (~2× on 300k durations). */
const BINNED_FROM = 4096;
const histogram = new Uint32Array(BINS);

/**
 * The median by counting values into equal-width bins between the smallest and
 * the largest, then selecting only among the values of the bin that holds the
 * middle: three plain walks instead of a selection's many unpredictable swaps.
 * Undefined (select instead) when a value is not a number.
 */
function binnedMedian(a: Float64Array, count: number): number | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const v = a[i] as number;
    if (Number.isNaN(v)) return undefined;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) return lo;
  const scale = (BINS - 1) / (hi - lo);
  histogram.fill(0);
  for (let i = 0; i < count; i++) {
    const b = (((a[i] as number) - lo) * scale) | 0;
    histogram[b] = (histogram[b] as number) + 1;
  }
  const k = count >> 1;
  let bin = 0;
  let before = 0;
  while (before + (histogram[bin] as number) <= k) before += histogram[bin++] as number;
  // The middle bin's values, and the largest value below that bin (the lower middle when it falls there).
  const inBin = borrowFloat64(histogram[bin] as number);
  let n = 0;
  let below = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const v = a[i] as number;
    const b = ((v - lo) * scale) | 0;
    if (b === bin) inBin[n++] = v;
    else if (b < bin && v > below) below = v;
  }
  const upper = select(inBin, k - before, n);
  const lower = count % 2 === 1 ? upper : k > before ? largest(inBin, 0, k - before) : below;
  giveBack(inBin);
  return count % 2 === 1 ? upper : (lower + upper) / 2;
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
 * Each group's mean and median, from durations (in days) given as two columns:
 * value k belongs to group[k]. Hot loops write their values straight into
 * borrowed buffers and hand them here: in an extension page V8 runs this code
 * without its optimising compiler, so a call per value would box every number
 * it passes. The buffers stay the caller's (to give back); `values` may be reordered.
 */
export function groupFigures(
  groups: number,
  values: Float64Array,
  group: Uint8Array,
  n: number,
): DurationFigure[] {
  const sums = new Float64Array(groups);
  const counts = new Uint32Array(groups);
  for (let k = 0; k < n; k++) {
    const g = group[k] as number;
    sums[g] = (sums[g] as number) + (values[k] as number);
    counts[g] = (counts[g] as number) + 1;
  }
  const figure = (g: number, at: Float64Array): DurationFigure => {
    const count = counts[g] as number;
    return {
      meanDays: count > 0 ? (sums[g] as number) / count : null,
      medianDays: medianInPlace(at, count),
      count,
    };
  };
  if (groups === 1) return [figure(0, values)];
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
  const out: DurationFigure[] = [];
  for (let g = 0; g < groups; g++) {
    const at = starts[g] as number;
    out.push(figure(g, gathered.subarray(at, at + (counts[g] as number))));
  }
  giveBack(gathered);
  return out;
}
