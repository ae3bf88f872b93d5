import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import { buildCandidate, type Found } from './candidate-builder';
import { hrefOf, textOf } from './dom-helpers';
import type { Extractor } from './extractor';
import { inChrome, isLinkedinHost, isRealPhoto } from './linkedin-helpers';

/**
 * Sales Navigator lead page (`/sales/lead/<id>,…`, formerly `/sales/people/…`).
 * Sales Navigator marks personal data with `data-anonymize` (used for its own
 * screenshots), which is steadier than its class names; the name heading and
 * company link are the fallback. The `/in/` profile URL is captured only when
 * the page links it, so the lead can join an existing LinkedIn capture.
 */
const SEL = {
  // sales-nav-lead-with-profile-link, sales-nav-lead-without-profile-link
  nameHeading: 'main h1[data-anonymize="person-name"]',
  name: '[data-anonymize="person-name"]',
  nameFallback: 'main h1',
  title: '[data-anonymize="job-title"]',
  headline: '[data-anonymize="headline"]',
  company: '[data-anonymize="company-name"]',
  companyFallback: 'a[href*="/sales/company/"]',
  location: '[data-anonymize="location"]',
  photo: 'img[data-anonymize="headshot-photo"]',
  // "View LinkedIn profile" in the lead's actions: sales-nav-lead-with-profile-link
  profileLink: 'a[href*="linkedin.com/in/"], a[href^="/in/"]',
} as const;

const VIEW_PROFILE =
  /view linkedin profile|ver perfil de linkedin|ver o perfil do linkedin|voir le profil linkedin|linkedin-profil anzeigen/i;
const ID = { id: 'linkedin-sales-navigator', version: 1 };

export const linkedinSalesNavigator: Extractor = {
  ...ID,
  matches: (url) => isLinkedinHost(url) && /^\/sales\/(lead|people)\/[^/]+/i.test(url.pathname),
  extract(doc, url) {
    const byAttr = [doc.querySelector(SEL.nameHeading), ...doc.querySelectorAll(SEL.name)].find(
      (el) => el && !inChrome(el),
    );
    const fallback = doc.querySelector(SEL.nameFallback);
    const heading = byAttr ?? (fallback && !inChrome(fallback) ? fallback : null);
    const name = textOf(heading);
    if (!heading || !name || name.length > 120) return null;
    // The lead's own data comes first in <main>; similar leads and chat live in asides.
    const main = heading.closest('main') ?? doc.body;
    const first = (sel: string) => textOf([...main.querySelectorAll(sel)].find((el) => !inChrome(el)));
    const title = first(SEL.title);
    const company = first(SEL.company);
    const photo = heading.closest('section')?.querySelector(SEL.photo)?.getAttribute('src');
    return buildCandidate({
      extractor: ID,
      url,
      kind: 'person',
      source: 'linkedin',
      fields: {
        name: [name, byAttr ? 1 : 0.8],
        headline: [title || first(SEL.headline), 1],
        company: company ? [company, 1] : [first(SEL.companyFallback), 0.7],
        location: [first(SEL.location), 1],
        linkedinUrl: profileUrl(doc, heading, url),
        avatarUrl: [isRealPhoto(photo) ? photo : undefined, 1],
      },
    });
  },
};

/** The lead's own `/in/` link: an action labelled "View LinkedIn profile", or a link in the lead's header. */
function profileUrl(doc: Document, heading: Element, url: URL): Found | undefined {
  for (const a of doc.querySelectorAll(SEL.profileLink)) {
    const label = `${textOf(a)} ${a.getAttribute('aria-label') ?? ''}`;
    const u = canonicalLinkedinUrl(hrefOf(a, url.href));
    if (u?.includes('/in/') && VIEW_PROFILE.test(label)) return [u, 1];
  }
  const header = heading.closest('section');
  for (const a of header?.querySelectorAll(SEL.profileLink) ?? []) {
    const u = canonicalLinkedinUrl(hrefOf(a, url.href));
    if (u?.includes('/in/')) return [u, 0.9];
  }
  return undefined;
}
