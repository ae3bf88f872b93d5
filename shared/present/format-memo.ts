/**
 * Strings the `Intl` formatters gave for exact inputs, so a page's first frame
 * can be drawn without building one: the first `Intl` object in a new renderer
 * process costs 70–200 ms while ICU loads its data (measured on the popup's
 * first open after the browser starts), more than the rest of the first frame.
 * The popup keeps what its first screen formatted and seeds it into the next
 * open (extension/popup/pipeline/first-screen-cache.ts). Pure: no browser API.
 */
const known = new Map<string, string>();
/** The first screen formats well under this; later screens need not be remembered. */
const MAX_KEPT = 600;

/** `format()`'s result for `key`, from memory when this key was formatted before (or seeded). */
export function remembered(key: string, format: () => string): string {
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const out = format();
  if (known.size < MAX_KEPT) known.set(key, out);
  return out;
}

/** Results kept by an earlier page with the same `Intl` (same browser build). */
export function seedFormats(entries: readonly (readonly [string, string])[]): void {
  for (const [key, text] of entries) if (known.size < MAX_KEPT) known.set(key, text);
}

/** What this page formatted first (its first screen), for the next page to seed. */
export function formatsSoFar(): [string, string][] {
  return [...known];
}
