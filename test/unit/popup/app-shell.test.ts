import { describe, expect, it } from 'vitest';
import { availableScreens, SCREEN_CANDIDATES } from '../../../extension/popup/screens';
import { fullViewQuery, parseViewMode } from '../../../extension/popup/view-mode';

describe('screens registry', () => {
  const mod = async () => ({ default: () => null });
  it('lists the pipeline and only the screens whose module exists, in order', () => {
    const got = availableScreens(SCREEN_CANDIDATES, {
      './settings/settings-screen.tsx': mod,
      './metrics/metrics-screen.tsx': mod,
    });
    expect(got.map((s) => s.id)).toEqual(['pipeline', 'metrics', 'settings']);
    expect(got[0]?.load).toBeUndefined();
    expect(got[1]?.load).toBe(mod);
  });

  it('hides every lazy screen when none is provided', () => {
    expect(availableScreens(SCREEN_CANDIDATES, {}).map((s) => s.id)).toEqual(['pipeline']);
  });
});

describe('view mode', () => {
  it('reads the full view and the tab to capture from the query', () => {
    expect(parseViewMode('')).toEqual({ full: false });
    expect(parseViewMode('?tab=12')).toEqual({ full: false, tabId: 12 });
    expect(parseViewMode('?view=full&tab=7')).toEqual({ full: true, tabId: 7 });
    expect(parseViewMode('?view=full&tab=-3')).toEqual({ full: true });
    expect(parseViewMode('?tab=abc')).toEqual({ full: false });
  });

  it('writes a query the parser reads back', () => {
    expect(parseViewMode(fullViewQuery(42))).toEqual({ full: true, tabId: 42 });
    expect(parseViewMode(fullViewQuery(undefined))).toEqual({ full: true });
  });
});
