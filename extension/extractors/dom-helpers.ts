import { dropInvisible } from './invisible-chars';

/**
 * Small DOM readers shared by the extractors. They read `textContent` and
 * attributes only: `innerText` would force a layout on a 600 KB page, and the
 * capture must stay well under 30 ms.
 */

/** Folds white space (incl. NBSP) to one space, drops stray zero-width characters, trims. */
export function clean(s: string | null | undefined): string {
  return s ? dropInvisible(s).replace(/\s+/g, ' ').trim() : '';
}

/** Cleaned text of an element, or '' when there is none. */
export function textOf(el: Element | null | undefined): string {
  return el ? clean(el.textContent) : '';
}

/** `<meta property|name=KEY content>`: Open Graph tags come with either attribute. */
export function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"],meta[name="${key}"]`);
  return clean(el?.getAttribute('content'));
}

export type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Top-level JSON-LD nodes of the page, `@graph` members included (nested values
 * such as `worksFor` stay inside their node). Broken blocks are skipped.
 */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v.slice(0, 50)) add(x);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) for (const x of v['@graph'].slice(0, 50)) if (isObject(x)) out.push(x);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken block on someone else's page is not our error.
    }
  }
  return out;
}

/** True when a JSON-LD node's `@type` (string or list) is one of `types`. */
export function hasType(node: unknown, ...types: string[]): boolean {
  if (!isObject(node)) return false;
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some(
    (x) => typeof x === 'string' && types.includes(x.replace(/^https?:\/\/schema\.org\//, '')),
  );
}

/** A JSON-LD value as text: a string, the first string of a list, or an object's `name`. */
export function ldText(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return ldText(v[0]);
  if (isObject(v)) return ldText(v.name);
  return '';
}

/** A JSON-LD value as an object (the first one of a list). */
export function ldObject(v: unknown): JsonObject | undefined {
  if (Array.isArray(v)) return ldObject(v[0]);
  return isObject(v) ? v : undefined;
}

/** "Locality, Region" from a schema.org address (object or plain text). */
export function ldAddress(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  const a = ldObject(v);
  if (!a) return '';
  // Kept even when both are the same ("London, London"): that is how LinkedIn shows it.
  const parts = [ldText(a.addressLocality), ldText(a.addressRegion)].filter(Boolean);
  return parts.join(', ') || ldText(a.addressCountry);
}

const BLOCK =
  /^(ADDRESS|ARTICLE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|SECTION|TABLE|TD|TH|TR|UL)$/;

/**
 * The visible lines of a small element (a signature, a contact block): text
 * broken at `<br>` and block elements, as a reader sees it, leaving out
 * elements matching `skip` (quoted replies). Bounded, so a hostile page cannot
 * make it slow.
 */
export function linesOf(root: Element, skip?: string, maxNodes = 2000): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = clean(current);
    if (t) lines.push(t);
    current = '';
  };
  let budget = maxNodes;
  const walk = (node: Node) => {
    if (--budget < 0) return;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (skip && (node as Element).matches(skip)) return;
    const block = BLOCK.test(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** The path of an absolute URL, or '' when it is not one. */
export function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}

/** The URL an `<a>` points to, resolved against the page, or '' for none. */
export function hrefOf(a: Element | null | undefined, base: string): string {
  const raw = a?.getAttribute('href');
  if (!raw) return '';
  try {
    return new URL(raw, base).href;
  } catch {
    return '';
  }
}

/**
 * Cleaned texts that follow `start` inside `root`, in document order, skipping
 * text inside `skip` (buttons, links, screen-reader-only copies…). Reads at most
 * `maxNodes` text nodes: a top card has a few dozen.
 */
export function textsAfter(root: Element, start: Element, skip: string, maxNodes = 400): Text[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const out: Text[] = [];
  for (let n = walker.nextNode(), i = 0; n && i < maxNodes; n = walker.nextNode(), i++) {
    if (start.contains(n) || !clean(n.nodeValue)) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest(skip)) continue;
    out.push(n as Text);
  }
  return out;
}
