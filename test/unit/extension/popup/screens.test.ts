import { beforeEach, describe, expect, it, vi } from 'vitest';

// The screens' code is not under test: each stands in as an empty component.
const prefetch = vi.hoisted(() => vi.fn());
vi.mock('../../../../extension/popup/metrics/metrics-data', () => ({ prefetchMetricsData: prefetch }));
for (const path of [
  '../../../../extension/popup/metrics/problems-screen',
  '../../../../extension/popup/metrics/metrics-screen',
  '../../../../extension/popup/metrics/review-screen',
  '../../../../extension/popup/data/data-screen',
]) {
  vi.doMock(path, () => ({ default: () => null }));
}
const { SCREENS } = await import('../../../../extension/popup/screens');

const load = (id: string) => SCREENS.find((s) => s.id === id)?.load?.();

describe('screens that read every lead', () => {
  beforeEach(() => prefetch.mockClear());

  it.each(['problems', 'metrics', 'review'])(
    '%s starts the read when its code starts loading, not after it drew once',
    async (id) => {
      const loading = load(id);
      // The same call that fetches the screen starts the read.
      await vi.waitFor(() => expect(prefetch).toHaveBeenCalledTimes(1));
      expect((await loading)?.default).toBeTypeOf('function');
    },
  );

  it('leaves other screens alone', async () => {
    await load('data');
    await new Promise((r) => setTimeout(r, 0));
    expect(prefetch).not.toHaveBeenCalled();
  });
});
