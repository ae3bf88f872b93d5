import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRY = 'extension/entrypoints/popup/main.tsx';
/** What the popup must not load before its first paint: zod (~90 KB) and the replicator. */
const HEAVY = ['shared/zod.ts', 'shared/sync/couch-client.ts', 'shared/sync/replicate.ts'];

/** The modules the popup's entry reaches by static imports only (lazy `import()` chunks load later). */
async function staticGraph(): Promise<Map<string, string | null>> {
  const { metafile } = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'unused',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    external: ['wxt', 'wxt/*', '#imports'],
    loader: { '.css': 'empty' },
  });
  const from = new Map<string, string | null>([[ENTRY, null]]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const imp of metafile.inputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || from.has(imp.path)) continue;
      from.set(imp.path, file);
      queue.push(imp.path);
    }
  }
  return from;
}

describe("the popup's first paint", () => {
  it('reaches neither zod nor the sync code through static imports', { timeout: 60_000 }, async () => {
    const graph = await staticGraph();
    expect(graph.size).toBeGreaterThan(20);
    const chains = HEAVY.filter((f) => graph.has(f)).map((f) => {
      const chain: string[] = [];
      for (let c: string | null | undefined = f; c; c = graph.get(c)) chain.unshift(c);
      return chain.join(' → ');
    });
    // A chain printed here names the import to make lazy (`await import(…)` where it is used).
    expect(chains).toEqual([]);
  });
});
