/**
 * Which rows of a long list to draw: only those in view plus a few either side,
 * so a stage with 5,000 leads costs the same as one with 20. Pure.
 */
interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  return {
    start: Math.max(0, Math.min(first, count - 1) - overscan),
    end: Math.min(count, first + shown + overscan),
  };
}

/** The row a key press moves to; undefined when the key is not a list key. */
export function nextIndex(key: string, current: number, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + pageRows);
    case 'PageUp':
      return clamp(current - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}

/**
 * The rows of a list's first frame: those fully in view, nothing either side.
 * The popup's first open draws four lists at once, and the rows out of view
 * doubled the work of that frame (script, style and layout, all cold); they
 * are drawn right after it, before the rep can scroll. Pure.
 */
export function firstFrameRows(viewportHeight: number, rowHeight: number, count: number): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  return { start: 0, end: Math.min(count, Math.max(1, Math.ceil(viewportHeight / rowHeight))) };
}
