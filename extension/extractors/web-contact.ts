import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import { buildCandidate, type Field, type Found, httpUrl, validEmail } from './candidate-builder';
import {
  hasType,
  type JsonObject,
  jsonLdNodes,
  ldAddress,
  ldObject,
  ldText,
  linesOf,
  meta,
  textOf,
} from './dom-helpers';
import { isGenericMailbox, isPersonName, parseNameEmail, TITLE_SPLIT } from './email-helpers';
import type { Extractor } from './extractor';

/**
 * Any other page: one schema.org `Person` → one named `mailto:` contact → the
 * site's `Organization`. Departmental mailboxes (info@, ventas@…) never win
 * over a named person; an article, a list or a page naming several people
 * yields no person (a list is not a prospect).
 */
const SEL = {
  // contact-page (named link among generic ones), news-article (address-less share link).
  mailto: 'a[href^="mailto:" i]',
  // The block around a link whose text is just the address: the name is on a line before it.
  block: 'li,p,td,dd,address,div',
} as const;

/** Pages about something else than a contact: articles, lists, search results. */
const NOT_A_CONTACT = [
  'Article',
  'NewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'ReportageNewsArticle',
  'ItemList',
  'CollectionPage',
  'SearchResultsPage',
];
const ORG_TYPE =
  /Organization$|Corporation$|Business$|^(ProfessionalService|Store|NGO|LegalService|Dentist|Physician)$/;

const ID = { id: 'web-contact', version: 1 };

export const webContact: Extractor = {
  ...ID,
  // LinkedIn and webmail have their own extractors; reading them generically could pick the wrong person.
  matches: (url) =>
    /^https?:$/.test(url.protocol) &&
    !/(^|\.)(linkedin\.com|mail\.google\.com|outlook\.(office|office365|live)\.com)$/i.test(url.hostname),
  extract(doc, url) {
    const nodes = jsonLdNodes(doc);
    if (nodes.some((n) => hasType(n, ...NOT_A_CONTACT))) return null;
    const org = nodes.find(isOrganization);
    const people = unique(nodes.filter((n) => hasType(n, 'Person')).map((n) => [ldText(n.name), n] as const));
    if (people.length === 1) return fromPerson(people[0]?.[1] as JsonObject, org, url);
    if (people.length > 1) return null;
    const contacts = namedContacts(doc);
    if (contacts.length === 1) return fromContact(contacts[0] as Contact, org, doc, url);
    if (contacts.length > 1 || !org) return null;
    return fromOrganization(org, url);
  },
};

function isOrganization(n: JsonObject): boolean {
  const t = n['@type'];
  return (
    (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ORG_TYPE.test(x)) && !!ldText(n.name)
  );
}

function unique<T>(pairs: (readonly [string, T])[]): (readonly [string, T])[] {
  const seen = new Map<string, readonly [string, T]>();
  for (const p of pairs) if (p[0] && !seen.has(p[0])) seen.set(p[0], p);
  return [...seen.values()];
}

/** LinkedIn profile among `sameAs`/`url`, and the first other link as the website. */
function links(n: JsonObject): { linkedin?: string; website?: string } {
  const all = [n.url, ...(Array.isArray(n.sameAs) ? n.sameAs : [n.sameAs])].map(ldText).filter(Boolean);
  return {
    linkedin: all.map(canonicalLinkedinUrl).find(Boolean),
    website: all.find(
      (u) => /^https?:\/\//i.test(u) && !canonicalLinkedinUrl(u) && !/linkedin\.com/i.test(u),
    ),
  };
}

function fromPerson(p: JsonObject, org: JsonObject | undefined, url: URL) {
  const { linkedin, website } = links(p);
  const image = ldText(p.image) || ldText(ldObject(p.image)?.contentUrl) || ldText(ldObject(p.image)?.url);
  const fields: Partial<Record<Field, Found>> = {
    name: [ldText(p.name), 1],
    headline: [ldText(p.jobTitle), 1],
    company: [ldText(p.worksFor) || ldText(p.affiliation) || ldText(org?.name), ldText(p.worksFor) ? 1 : 0.7],
    email: [ldText(p.email), 1],
    location: [ldAddress(p.address) || ldAddress(p.homeLocation), 1],
    linkedinUrl: [linkedin, 1],
    website: [website, 1],
    avatarUrl: [httpUrl(image, url.href), 1],
  };
  return buildCandidate({ extractor: ID, url, kind: 'person', source: 'web', fields });
}

interface Contact {
  email: string;
  name: string;
  title?: string;
  confidence: number;
}

/** Named people behind `mailto:` links, one per address; departmental mailboxes are skipped. */
function namedContacts(doc: Document): Contact[] {
  const byEmail = new Map<string, Contact>();
  for (const a of [...doc.querySelectorAll(SEL.mailto)].slice(0, 200)) {
    const href = a.getAttribute('href') ?? '';
    let email: string | undefined;
    try {
      email = validEmail(decodeURIComponent(href.replace(/^mailto:/i, '').split('?')[0] ?? ''));
    } catch {
      email = undefined;
    }
    if (!email || isGenericMailbox(email) || byEmail.has(email)) continue;
    const contact = contactFromText(textOf(a), email, 0.8) ?? contactFromBlock(a, email);
    if (contact) byEmail.set(email, contact);
  }
  return [...byEmail.values()];
}

/** "Laura Campos, Responsable de Compras <laura@…>" → name and title. */
function contactFromText(text: string, email: string, confidence: number): Contact | undefined {
  const parsed = parseNameEmail(text);
  if (!parsed.name || parsed.name === email) return undefined;
  const [name = '', ...rest] = parsed.name.split(TITLE_SPLIT);
  if (!isPersonName(name)) return undefined;
  return { email, name, title: rest.join(', ') || undefined, confidence };
}

/** A link showing only the address: the person's name is a line just before it, in the link's card. */
function contactFromBlock(a: Element, email: string): Contact | undefined {
  let block = a.parentElement?.closest(SEL.block);
  // Climb a few blocks (the <p> around the link, then its card) while the text stays card-sized.
  for (let depth = 0; block && depth < 3 && (block.textContent?.length ?? 0) <= 400; depth++) {
    const lines = linesOf(block, undefined, 200);
    const at = lines.findIndex((l) => l.toLowerCase().includes(email));
    for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
      const c = contactFromText(lines[i] as string, email, 0.6);
      if (c) return c;
    }
    block = block.parentElement?.closest(SEL.block);
  }
  return undefined;
}

function fromContact(c: Contact, org: JsonObject | undefined, doc: Document, url: URL) {
  const company = ldText(org?.name) || meta(doc, 'og:site_name');
  return buildCandidate({
    extractor: ID,
    url,
    kind: 'person',
    source: 'web',
    fields: {
      name: [c.name, c.confidence],
      email: [c.email, 1],
      headline: [c.title, c.confidence],
      company: [company, org ? 0.9 : 0.7],
      website: [ldText(org?.url) || url.origin, org ? 1 : 0.5],
    },
  });
}

function fromOrganization(org: JsonObject, url: URL) {
  const { linkedin, website } = links(org);
  return buildCandidate({
    extractor: ID,
    url,
    kind: 'company',
    source: 'web',
    fields: {
      name: [ldText(org.name), 1],
      email: [ldText(org.email), 1],
      location: [ldAddress(org.address), 1],
      linkedinUrl: [linkedin, 1],
      website: [website ?? url.origin, website ? 1 : 0.5],
      industry: [ldText(org.industry) || ldText(org.knowsAbout), 0.8],
    },
  });
}
