// The bench's arithmetic, pure so it is unit-tested without a browser: medians,
// spreads, ratios to a floor measured in the same run, and the pass/fail rule.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * Run i of the figure over run i of its floor. The runs are interleaved (floor,
 * figure, floor, figure…), so each pair met the same load; the median of the
 * pair ratios is steadier on a busy machine than a ratio of two medians.
 */
export function pairRatios(figure: readonly number[], floor: readonly number[]): number[] {
  const n = Math.min(figure.length, floor.length);
  return Array.from({ length: n }, (_, i) => (figure[i] as number) / (floor[i] as number));
}

/** How far the floor moved within the run: slowest over fastest, minus one (0.3 = 30 %). */
export function floorDrift(floor: readonly number[]): number {
  if (floor.length < 2) return 0;
  const min = Math.min(...floor);
  return min > 0 ? Math.max(...floor) / min - 1 : Number.POSITIVE_INFINITY;
}

/** A floor that moved more than this within one run says the machine's load changed under the bench. */
export const DRIFT_LIMIT = 0.25;

/** The warning to print for a floor that moved too much, or undefined. */
export function driftWarning(id: string, floor: readonly number[], limit = DRIFT_LIMIT): string | undefined {
  const drift = floorDrift(floor);
  if (!(drift > limit)) return undefined;
  return `${id}: the floor moved ${Math.round(drift * 100)} % within the run (limit ${Math.round(limit * 100)} %): the machine's load changed, trust the ratio more than the absolute figure, and re-run on a quiet machine`;
}

/** What a figure must stay under: its ratio to the floor, and/or an absolute value in its unit. */
export interface Target {
  ratio?: number;
  max?: number;
}

/** A figure passes when it meets every target it has; one without a target always passes. */
export function meets(target: Target | undefined, value: { ratio?: number; median: number }): boolean {
  if (!target) return true;
  if (target.ratio !== undefined && !(value.ratio !== undefined && value.ratio <= target.ratio)) return false;
  if (target.max !== undefined && !(value.median <= target.max)) return false;
  return true;
}

export function targetText(target: Target | undefined, unit: string): string {
  const parts: string[] = [];
  if (target?.ratio !== undefined) parts.push(`≤ ${target.ratio}×`);
  if (target?.max !== undefined) parts.push(`≤ ${target.max} ${unit}`);
  return parts.length ? parts.join(', ') : '—';
}

/** The process exit code: non-zero when any figure missed its target, so a script can check the run. */
export function exitCode(figures: readonly { ok: boolean }[]): number {
  return figures.every((f) => f.ok) ? 0 : 1;
}
