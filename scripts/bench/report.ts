import type { FigureResult } from './runner';
import type { Spread } from './stats';

const digits = (unit: string) => (unit === 'x' ? 2 : 1);
const fmt = (s: Spread, unit: string, suffix = '') =>
  `${s.median.toFixed(digits(unit))}${suffix} (${s.min.toFixed(digits(unit))}–${s.max.toFixed(digits(unit))})`;

/** The table the bench prints and the README shows: ratio first, absolute second. */
export function formatTable(figures: readonly FigureResult[]): string {
  const rows = figures.map((f) => [
    f.label,
    f.ratio ? fmt(f.ratio, 'x', '×') : '—',
    f.target,
    f.unit === 'x' ? '—' : fmt(f.value, f.unit, ` ${f.unit}`),
    f.floor ? `${f.floor.label}: ${f.floor.value.median.toFixed(1)} ${f.unit}` : (f.note ?? ''),
    f.ok ? 'ok' : 'MISSED',
  ]);
  const head = ['figure', 'ratio (min–max)', 'target', 'median (min–max)', 'floor', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** What `--out FILE` writes: every figure with its ratio, target and pass/fail, for scripts to check. */
export function resultsJson(
  figures: readonly FigureResult[],
  run: { quick: boolean; runs: number; at?: string },
): string {
  const missed = figures.filter((f) => !f.ok).map((f) => f.id);
  const body = {
    at: run.at ?? new Date().toISOString(),
    quick: run.quick,
    runs: run.runs,
    ok: missed.length === 0,
    missed,
    warnings: figures.flatMap((f) => f.warnings),
    figures: figures.map((f) => ({
      id: f.id,
      label: f.label,
      unit: f.unit,
      ratio: f.ratio ?? null,
      target: { text: f.target, ...f.targetSpec },
      ok: f.ok,
      value: f.value,
      runs: f.runs,
      floor: f.floor ?? null,
      note: f.note,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
