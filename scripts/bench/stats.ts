export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: 'ms' | 'KB' | 'x' | 's';
  target: string;
  ok: boolean;
  runs?: number[];
  note?: string;
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    `${f.value.toFixed(f.unit === 'x' || f.unit === 's' ? 2 : 1)} ${f.unit}`,
    f.target,
    f.ok ? 'ok' : 'OVER',
  ]);
  const head = ['figure', 'median', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
