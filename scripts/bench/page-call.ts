import type { Page } from '@playwright/test';
import { build } from 'esbuild';

/** Calls `__bench[fn](...args)` in a page where page-api.ts was evaluated. */
export function call<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ({ fn, args }) =>
      (globalThis as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[fn]?.(
        ...args,
      ),
    { fn, args },
  ) as Promise<T>;
}

/** page-api.ts bundled as one script, for `page.evaluate` in an extension page of the test build. */
export async function bundlePageApi(): Promise<string> {
  const out = await build({
    entryPoints: ['scripts/bench/page-api.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text as string;
}
