import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../../../extension/popup/screens';
import { fullViewQuery, parseViewMode } from '../../../../extension/popup/view-mode';

describe('screens registry', () => {
  it('lists the pipeline first, then one lazily loaded module per screen', async () => {
    expect(SCREENS.map((s) => s.id)).toEqual([
      'pipeline',
      'problems',
      'metrics',
      'review',
      'data',
      'settings',
      'team',
    ]);
    // Only the Team screen waits for team sync.
    expect(SCREENS.filter((s) => s.team).map((s) => s.id)).toEqual(['team']);
    expect(SCREENS[0]?.load).toBeUndefined();
    for (const s of SCREENS.slice(1)) expect(typeof s.load).toBe('function');
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
