import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import { buildCandidate, type Field, type Found } from './candidate-builder';
import {
  clean,
  hasType,
  hrefOf,
  type JsonObject,
  jsonLdNodes,
  ldAddress,
  ldText,
  pathOf,
  textOf,
} from './dom-helpers';
import type { Extractor } from './extractor';
import {
  inChrome,
  isLinkedinHost,
  isRealPhoto,
  pathSlug,
  titleSubject,
  unwrapRedirect,
} from './linkedin-helpers';
import { placeAndIndustry, type TopLine } from './place-or-industry';

/**
 * LinkedIn company page and its tabs (`/company/<slug>/`, `/about/`, `/people/`,
 * `/posts/`…): the company itself. JSON-LD `Organization` (guest pages) → the
 * About list read by its labels (Website, Industry, Headquarters) → top card.
 */
const SEL = {
  // Name: company-guest-page (h1.top-card-layout__title), company-loggedin-* (h1.org-top-card-summary__title).
  name: 'main h1',
  // About list rows: company-guest-page (dl > div > dt/dd), company-loggedin-about (dl > dt/dd).
  aboutLabels: 'main dt',
  // Guest top card: usually the industry in the headline, "City, Region · N followers" in the first
  // subline; either line may be missing or hold the other (company-guest-*).
  guestIndustry: '.top-card-layout__headline',
  guestSubline: '.top-card-layout__first-subline',
  // Logged-in top card info items, industry and headquarters in any order (company-loggedin-*).
  infoItems: '.org-top-card-summary-info-list__info-item',
  // The company's tabs and logo name the slug: company-loggedin-*, company-guest-page.
  slugLinks: 'a[href*="/company/"]',
} as const;

const LABEL = {
  website: /^(website|sitio web|página web|site|site da web|site web|webseite|sito web)$/i,
  industry: /^(industry|sector|setor|industria|secteur|branche|settore)$/i,
  headquarters: /^(headquarters|sede|sede central|sede principal|siège social|hauptsitz)$/i,
};

const ID = { id: 'linkedin-company', version: 2 };

export const linkedinCompany: Extractor = {
  ...ID,
  matches: (url) => isLinkedinHost(url) && pathSlug(url.pathname, 'company') !== undefined,
  extract(doc, url) {
    const slug = pathSlug(url.pathname, 'company');
    if (!slug) return null;
    const org = jsonLdOrganization(doc, slug);
    const h1 = doc.querySelector(SEL.name);
    const heading = h1 && !inChrome(h1) ? h1 : null;
    const name = textOf(heading) || ldText(org?.name);
    if (!name || name.length > 150) return null;
    const card = heading?.closest('section') ?? doc.body;
    // A real company page names its slug (tabs, logo link) or shows its logo; an error page does neither.
    const ownSlug = [...card.querySelectorAll(SEL.slugLinks)].some(
      (a) => pathSlug(pathOf(hrefOf(a, url.href)), 'company') === slug,
    );
    const logo = [...card.querySelectorAll('img[alt]')].find((i) =>
      clean(i.getAttribute('alt')).toLowerCase().startsWith(name.toLowerCase()),
    );
    if (!org && !ownSlug && !logo && titleSubject(doc).split(':')[0] !== name) return null;

    const about = aboutList(doc);
    const top = placeAndIndustry(topLines(card));
    const f: Partial<Record<Field, Found>> = {
      name: [name, org && ldText(org.name) === name ? 1 : 0.9],
      linkedinUrl: [companyUrl(doc, slug), 1],
      website: websiteOf(about, org, card, url),
      industry: about.industry ? [about.industry, 0.9] : top.industry,
      location: about.headquarters
        ? [about.headquarters, 0.9]
        : org && ldAddress(org.address)
          ? [ldAddress(org.address), 1]
          : top.location,
      avatarUrl: [isRealPhoto(logo?.getAttribute('src')) ? logo?.getAttribute('src') : undefined, 0.9],
    };
    return buildCandidate({ extractor: ID, url, kind: 'company', source: 'linkedin', fields: f });
  },
};

function jsonLdOrganization(doc: Document, slug: string): JsonObject | undefined {
  const want = canonicalLinkedinUrl(`https://www.linkedin.com/company/${slug}/`);
  return jsonLdNodes(doc).find(
    (n) => hasType(n, 'Organization') && canonicalLinkedinUrl(ldText(n.url)) === want,
  );
}

/** A numeric id URL (`/company/10529043/`) is replaced by the vanity one when the page links it. */
function companyUrl(doc: Document, slug: string): string | undefined {
  if (/^\d+$/.test(slug)) {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const vanity = canonicalLinkedinUrl(canonical);
    if (vanity?.includes('/company/')) return vanity;
  }
  return canonicalLinkedinUrl(`https://www.linkedin.com/company/${slug}/`);
}

interface About {
  website?: Element;
  industry?: string;
  headquarters?: string;
}

/** The About list read by its `<dt>` labels, in the UI languages we know. */
function aboutList(doc: Document): About {
  const out: About = {};
  for (const dt of doc.querySelectorAll(SEL.aboutLabels)) {
    const label = textOf(dt);
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    if (LABEL.website.test(label)) out.website = dd;
    else if (LABEL.industry.test(label)) out.industry = textOf(dd);
    else if (LABEL.headquarters.test(label)) out.headquarters = textOf(dd);
  }
  return out;
}

function websiteOf(about: About, org: JsonObject | undefined, card: Element, url: URL): Found | undefined {
  if (about.website) {
    const a = about.website.querySelector('a[href]');
    const site = external(a ? unwrapRedirect(hrefOf(a, url.href)) : '') || external(textOf(about.website));
    if (site) return [site, 0.9];
  }
  const ld = external(ldText(org?.sameAs)) || external(ldText(org?.url));
  if (ld) return [ld, 1];
  // Logged-in top card: the "Visit website" button is the only external link there.
  for (const a of card.querySelectorAll('a[href^="http"]')) {
    const site = external(unwrapRedirect(hrefOf(a, url.href)));
    if (site) return [site, 0.7];
  }
  return undefined;
}

/** An http(s) URL off LinkedIn, without tracking parameters; '' otherwise. */
function external(raw: string): string {
  try {
    const u = new URL(/^https?:\/\//i.test(raw) ? raw : `http://${raw}`);
    if (/(^|\.)(linkedin\.com|licdn\.com)$/i.test(u.hostname) || !u.hostname.includes('.')) return '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|trk)/i.test(k)) u.searchParams.delete(k);
    return u.href;
  } catch {
    return '';
  }
}

/** The top card's short lines: guest headline and first subline, or the logged-in info items. */
function topLines(card: Element): TopLine[] {
  const lines: TopLine[] = [];
  const head = textOf(card.querySelector(SEL.guestIndustry));
  if (head) lines.push({ text: head, hint: 'industry', confidence: 0.8 });
  const sub = card.querySelector(SEL.guestSubline);
  // "London, London <span class=before:middot></span> 5,750 followers": one part per node.
  const parts = sub ? [...sub.childNodes].flatMap((n) => clean(n.textContent).split(/\s[·•]\s/)) : [];
  const counted = parts.some((p) => /\d/.test(p));
  for (const text of parts.filter(Boolean))
    lines.push({ text, hint: counted ? 'place' : undefined, confidence: 0.8 });
  for (const el of card.querySelectorAll(SEL.infoItems)) {
    const counts = [...(el.parentElement?.children ?? [])].some(
      (o) => o !== el && o.matches(SEL.infoItems) && /\d/.test(textOf(o)),
    );
    lines.push({ text: textOf(el), hint: counts ? 'place' : 'industry', confidence: 0.6 });
  }
  return lines;
}
