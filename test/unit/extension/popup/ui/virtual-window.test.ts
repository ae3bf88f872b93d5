import { describe, expect, it } from 'vitest';
import {
  firstFrameRows,
  nextIndex,
  scrollToShow,
  visibleRows,
} from '../../../../../extension/popup/ui/virtual-window';

describe('virtual window', () => {
  it('draws the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRows(0, 200, 50, 1000, 2)).toEqual({ start: 0, end: 7 });
    expect(visibleRows(5000, 200, 50, 1000, 2)).toEqual({ start: 98, end: 107 });
    expect(visibleRows(49_990, 200, 50, 1000, 2)).toEqual({ start: 997, end: 1000 });
    expect(visibleRows(0, 200, 50, 3, 4)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(0, 200, 50, 0)).toEqual({ start: 0, end: 0 });
  });

  it('draws only the rows fully in view on the first frame', () => {
    expect(firstFrameRows(4 * 66, 66, 10_000)).toEqual({ start: 0, end: 4 });
    expect(firstFrameRows(4 * 66, 66, 2)).toEqual({ start: 0, end: 2 });
    expect(firstFrameRows(0, 66, 5)).toEqual({ start: 0, end: 1 });
    expect(firstFrameRows(264, 66, 0)).toEqual({ start: 0, end: 0 });
  });

  it('never draws more than a screenful whatever the list length', () => {
    for (const count of [10, 10_000, 1_000_000]) {
      const w = visibleRows(count * 25, 300, 66, count);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(300 / 66) + 1 + 8);
    }
  });

  it('moves with arrows, pages, Home and End, and ignores other keys', () => {
    expect(nextIndex('ArrowDown', 3, 10, 4)).toBe(4);
    expect(nextIndex('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextIndex('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextIndex('PageDown', 8, 10, 4)).toBe(9);
    expect(nextIndex('PageUp', 5, 10, 4)).toBe(1);
    expect(nextIndex('Home', 5, 10, 4)).toBe(0);
    expect(nextIndex('End', 5, 10, 4)).toBe(9);
    expect(nextIndex('a', 5, 10, 4)).toBeUndefined();
    expect(nextIndex('ArrowDown', 0, 0, 4)).toBeUndefined();
  });

  it('scrolls as little as needed to show a row', () => {
    expect(scrollToShow(2, 0, 200, 50)).toBe(0);
    expect(scrollToShow(5, 0, 200, 50)).toBe(100);
    expect(scrollToShow(1, 120, 200, 50)).toBe(50);
  });
});
