/** A V8 CPU profile as `Profiler.stop` returns it (the parts the diagnostics read). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
    positionTicks?: { line: number; ticks: number }[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of self time per function (name, extension-relative file, line), most first. */
export function selfTimes(p: CpuProfile): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  p.samples.forEach((s, i) => {
    const f = byId.get(s)?.callFrame;
    if (!f) return;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+/, '')}:${f.lineNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
