import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { firstFrameRows, nextIndex, scrollToShow, visibleRows } from './virtual-window';

interface Props {
  count: number;
  rowHeight: number;
  /** Rows visible before the list scrolls. */
  maxRows: number;
  label: string;
  /** Called with the rows about to be drawn; resolve true when new rows were loaded. */
  ensure: (start: number, end: number) => Promise<boolean>;
  /** A row: its focusable element must carry `data-index` and `tabIndex` (0 when `active`, else -1). */
  renderRow: (index: number, active: boolean) => ComponentChildren;
}

/**
 * A list that draws only the rows in view. Keyboard: Tab enters at one row,
 * arrows, Page Up/Down, Home and End move through every row (the list scrolls
 * and draws them as needed), Enter opens.
 */
export function VirtualList({ count, rowHeight, maxRows, label, ensure, renderRow }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [, redraw] = useState(0);
  /** The row a keyboard move asked to focus, until focus has landed on it. */
  const focusTarget = useRef<number | null>(null);
  const height = Math.min(count, maxRows) * rowHeight;
  // Rows out of view wait until the first frame is up (firstFrameRows says why).
  const [settled, setSettled] = useState(false);
  useEffect(() => setSettled(true), []);
  const win = settled
    ? visibleRows(scrollTop, height, rowHeight, count)
    : firstFrameRows(height, rowHeight, count);
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    let live = true;
    ensure(win.start, win.end).then((added) => live && added && redraw((n) => n + 1));
    return () => {
      live = false;
    };
  }, [win.start, win.end, ensure]);

  // A keyboard move focuses its row once drawn. The ref holds the row's index, not a flag:
  // an effect of a render made before the key press can run after it, and with a flag it
  // focused its own (old) row and used up the request, leaving focus behind on the row
  // the rep had just left. The request stays until focus has really landed.
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    const row = box.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    row?.focus();
    if (row && document.activeElement === row) focusTarget.current = null;
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextIndex(e.key, current, count, Math.max(1, maxRows - 1));
    if (next === undefined) return;
    e.preventDefault();
    const el = box.current;
    if (el) {
      el.scrollTop = scrollToShow(next, el.scrollTop, height, rowHeight);
      setScrollTop(el.scrollTop);
    }
    setActive(next);
    focusTarget.current = next;
  };
  const onFocusIn = (e: FocusEvent) => {
    const i = Number((e.target as HTMLElement).dataset.index);
    if (Number.isInteger(i) && i !== current) setActive(i);
  };

  const indices: number[] = [];
  for (let i = win.start; i < win.end; i++) indices.push(i);
  if (count > 0 && (current < win.start || current >= win.end)) indices.push(current);
  return (
    <div
      class="vlist"
      ref={box}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        aria-label={label}
        style={{ height: `${count * rowHeight}px` }}
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        {indices.map((i) => (
          <li
            key={i}
            style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
            aria-setsize={count}
            aria-posinset={i + 1}
          >
            {renderRow(i, i === current)}
          </li>
        ))}
      </ul>
    </div>
  );
}
