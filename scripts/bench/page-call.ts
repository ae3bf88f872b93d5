import type { Page } from '@playwright/test';

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
