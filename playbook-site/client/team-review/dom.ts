/**
 * The only way the team review builds DOM: elements and text nodes. Data from
 * dropped files is always a text node, so markup in a lead's name stays text.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'number' ? String(c) : c);
  }
  return node;
}

/**
 * A table with a caption, header row and body rows; cells marked numeric are
 * right-aligned. Wrapped in a focusable region so a wide table scrolls on its
 * own (and can be scrolled with the keyboard) instead of widening the page.
 */
export function table(
  caption: string,
  head: string[],
  rows: Child[][],
  numeric: number[] = [],
): HTMLDivElement {
  const cls = (i: number): Record<string, string> => (numeric.includes(i) ? { class: 'num' } : {});
  const t = el(
    'table',
    { class: 'data-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', ...cls(i) }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => el('td', cls(i), c))))),
  );
  return el('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' }, t);
}
