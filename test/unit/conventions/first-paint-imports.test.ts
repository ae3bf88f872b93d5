import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRY = 'extension/entrypoints/popup/main.tsx';
/**
 * What the popup must not load before its first paint: zod (~90 KB), the replicator, and the
 * data layer's connection with Dexie (~96 KB): the first frame is drawn from a copy
 * (first-screen-cache.ts), and the database's code loads after it (popup/lazy-database.ts).
 */
const HEAVY = [
  'shared/zod.ts',
  'shared/sync/couch-client.ts',
  'shared/sync/replicate.ts',
  'extension/data/db.ts',
  // A folder: whichever of Dexie's files a bundler resolves.
  'node_modules/dexie/',
];
const isHeavy = (file: string) => HEAVY.some((h) => (h.endsWith('/') ? file.startsWith(h) : file === h));

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
  it('reaches neither zod, the sync code nor the database code through static imports', {
    timeout: 60_000,
  }, async () => {
    const graph = await staticGraph();
    expect(graph.size).toBeGreaterThan(20);
    const chains = [...graph.keys()].filter(isHeavy).map((f) => {
      const chain: string[] = [];
      for (let c: string | null | undefined = f; c; c = graph.get(c)) chain.unshift(c);
      return chain.join(' → ');
    });
    // A chain printed here names the import to make lazy (`await import(…)` where it is used).
    expect(chains).toEqual([]);
  });
});
