import type { Candidate } from '../../shared/capture/candidate';
import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import { buildCandidate, type Found, validEmail } from './candidate-builder';
import { clean } from './dom-helpers';
import {
  companyFromDomain,
  companyFromSignature,
  isPersonName,
  nameFromEmail,
  parseNameEmail,
  TITLE_SPLIT,
} from './email-helpers';

/**
 * "Capture as prospect" from the context menu: the rep right-clicked a
 * `mailto:` link or selected a contact block ("Laura Campos\nResponsable de
 * Compras\nlaura@…"). Pure: the background passes what the menu event gives.
 */
interface SelectionInput {
  pageUrl: string;
  selectionText?: string;
  linkUrl?: string;
}

const ID = { id: 'context-menu', version: 1 };
const EMAIL_IN_TEXT = /[A-Za-z0-9_'+.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const NOT_A_TITLE = /@|https?:|www\.|\+?\d[\d\s().-]{6,}/;
const WEBMAIL = /^(mail\.google\.com|outlook\.(office|office365|live)\.com)$/i;

export function candidateFromSelection({
  pageUrl,
  selectionText,
  linkUrl,
}: SelectionInput): Candidate | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const link = linkUrl?.trim() ?? '';
  const mailto = /^mailto:/i.test(link) ? parseMailto(link) : undefined;
  const linkedinUrl = canonicalLinkedinUrl(link);
  // Selections can be a whole page: only the start is worth reading.
  const lines = (selectionText ?? '')
    .slice(0, 2000)
    .split(/[\r\n]+/)
    .map(clean)
    .filter(Boolean)
    .slice(0, 20);
  const email = mailto ?? validEmail(lines.map((l) => EMAIL_IN_TEXT.exec(l)?.[0]).find(Boolean));

  let name: Found | undefined;
  let headline: Found | undefined;
  for (let i = 0; i < lines.length && !name; i++) {
    const line = lines[i] as string;
    const parsed = parseNameEmail(line).name ?? '';
    const [first = '', ...rest] = parsed.split(TITLE_SPLIT);
    if (!isPersonName(first)) continue;
    name = [first, 0.8];
    const next = rest.join(', ') || lines[i + 1];
    if (next && next.length <= 120 && !NOT_A_TITLE.test(next)) headline = [next, 0.6];
  }
  // Saved without a review form, so free text that holds neither a name nor an
  // address ("the weather is nice") is refused rather than stored as a person.
  if (!name && email) name = nameFromEmail(email) ? [nameFromEmail(email), 0.3] : [email, 0.1];
  if (!name) return null;

  const company = email
    ? (companyFromSignature(lines, email, String(name[0])) ?? companyFromDomain(email))
    : undefined;
  return buildCandidate({
    extractor: ID,
    url,
    kind: 'person',
    source: WEBMAIL.test(url.hostname) ? 'email' : linkedinUrl ? 'linkedin' : 'web',
    fields: {
      name,
      headline,
      email: [email, 1],
      linkedinUrl: [linkedinUrl?.includes('/in/') ? linkedinUrl : undefined, 1],
      company: company ? [company, 0.5] : undefined,
    },
  });
}

function parseMailto(link: string): string | undefined {
  try {
    return validEmail(decodeURIComponent(link.replace(/^mailto:/i, '').split('?')[0] ?? '').split(',')[0]);
  } catch {
    return undefined;
  }
}
