import { publishedOn } from './published-on';

/** Where a page may find its team's live process. */
export type ProcessSource = { kind: 'extension' } | { kind: 'server'; url: string } | null;

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:'];

/**
 * The copy inside the extension asks the extension (it knows the team's process
 * once synced); the copy published on the team server reads the database's
 * `process` document with the reader's session; anywhere else (a static host, a
 * file) the page keeps the process it was built with. Pure.
 */
export function processSource(where: { protocol: string; origin: string; pathname: string }): ProcessSource {
  if (EXTENSION_SCHEMES.includes(where.protocol)) return { kind: 'extension' };
  const served = publishedOn(where);
  if (!served) return null;
  return { kind: 'server', url: `${served.server}/${encodeURIComponent(served.database)}/process` };
}
