import type { Candidate } from '../../shared/capture/candidate';

/**
 * One extractor per site and page type. `extract` is pure: it reads the document
 * it is given (a live page, or a saved fixture in tests) and never touches the
 * network or extension APIs. It returns null when the page holds no single
 * prospect (a feed, a list, a "not found" page), and it must never throw.
 */
export interface Extractor {
  id: string;
  /** Bump when the output for the same page changes: stored with every capture. */
  version: number;
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): Candidate | null;
}
