import type { Candidate } from '../../shared/capture/candidate';
import type { Extractor } from './extractor';
import { gmailThread } from './gmail-thread';
import { linkedinCompany } from './linkedin-company';
import { linkedinProfile } from './linkedin-profile';
import { linkedinSalesNavigator } from './linkedin-sales-navigator';
import { outlookMessage } from './outlook-message';
import { webContact } from './web-contact';

/**
 * Every extractor, most specific first: the first one whose `matches(url)` is
 * true and that returns a candidate wins.
 */
export const EXTRACTORS: readonly Extractor[] = [
  linkedinProfile,
  linkedinCompany,
  linkedinSalesNavigator,
  gmailThread,
  outlookMessage,
  webContact,
];

interface ExtractResult {
  candidate: Candidate | null;
  /** Extractors that threw: reported, never fatal (a page must not crash capture). */
  errors: { extractor: string; message: string }[];
}

export function extractPage(doc: Document, href: string): ExtractResult {
  const errors: ExtractResult['errors'] = [];
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { candidate: null, errors: [{ extractor: 'url', message: `not a URL: ${href.slice(0, 100)}` }] };
  }
  for (const ex of EXTRACTORS) {
    if (!ex.matches(url)) continue;
    try {
      const candidate = ex.extract(doc, url);
      if (candidate) return { candidate, errors };
    } catch (err) {
      errors.push({ extractor: ex.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return { candidate: null, errors };
}
