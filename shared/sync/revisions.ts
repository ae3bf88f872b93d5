import { canonicalJson, compareText } from './canonical-json';

/**
 * Revision ids this replicator writes (`N-<32 hex>`), as CouchDB's replication
 * protocol lets a replicator do. The hash covers the parent revision and the
 * content, so the same content pushed again (a retry after a crash, or two
 * browsers resolving one conflict the same way) gets the same id and is never
 * stored twice.
 */
export async function childRevision(parent: string | undefined, content: unknown): Promise<string> {
  const text = `${parent ?? ''}\n${canonicalJson(content)}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${generation(parent) + 1}-${hex}`;
}

export function generation(rev: string | undefined): number {
  return rev ? Number.parseInt(rev, 10) || 0 : 0;
}

/** `_revisions` for a child of `parent`: the new id and its parent's, which links it into the tree. */
export function revisionsOf(rev: string, parent: string | undefined) {
  const hash = (r: string) => r.slice(r.indexOf('-') + 1);
  return { start: generation(rev), ids: parent ? [hash(rev), hash(parent)] : [hash(rev)] };
}

/** CouchDB's choice among leaf revisions: the longest branch, then the greatest id. */
export function winningRevision(revs: readonly string[]): string | undefined {
  return [...revs].sort((a, b) => generation(b) - generation(a) || compareText(b, a))[0];
}
