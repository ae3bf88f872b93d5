import type { Candidate } from '../../shared/capture/candidate';
import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import { buildCandidate, type Field, type Found } from './candidate-builder';
import { clean, hrefOf, type JsonObject, ldText, textOf, textsAfter } from './dom-helpers';
import type { Extractor } from './extractor';
import { inChrome, isLinkedinHost, isRealPhoto, pathSlug, titleSubject } from './linkedin-helpers';
import { jsonLdPerson, ldCompany, ldLocation, personImage, publicJobTitle } from './linkedin-person-jsonld';

/**
 * LinkedIn person profile (`/in/<slug>`). Strategies, most trusted first:
 * JSON-LD `Person` (public pages) → stable attributes (aria-label of the
 * current-company button, contact-info link) → LinkedIn's long-lived utility
 * classes → the top card's structure (text after the name). Hashed class names
 * are never used. Only the top card in `<main>` is read: the signed-in viewer
 * appears in the nav and the messaging overlay, and the embedded voyager JSON
 * may describe a profile seen earlier in the tab.
 */
const SEL = {
  // Name heading. h1 in main: every person fixture but the 2025 one; the 2025
  // layout (profile-loggedin-2025-hashed) has an h2 matched against the title.
  name: 'main h1',
  nameHeadings: 'main h1, main h2',
  // Headline: profile-loggedin-* (2024 Ember), profile-public-jsonld* (public).
  headline: '.text-body-medium, .top-card-layout__headline',
  // Location: profile-loggedin-* (2024), profile-public-* (first subline's first span).
  location:
    '.text-body-small.inline.t-black--light, .top-card-layout__first-subline .not-first-middot > span:first-child',
  // Contact-info trigger, right after the location: all logged-in and public person fixtures.
  contactInfo: 'a[href*="/overlay/contact-info"], [data-modal*="contact-info"]',
  // Current-company control, read by its aria-label: profile-loggedin-* (2024), profile-loggedin-2025-hashed.
  labelled: 'button[aria-label], a[aria-label], [role="button"][aria-label]',
  // Public top card's current-position link: profile-public-*, profile-public-mx-subdomain.
  publicCompany: '[data-section="currentPositionsDetails"] .top-card-link__description',
  // Owner-only links in the top card (about-this-profile, contact-info): all logged-in fixtures.
  ownerLinks: 'a[href*="/in/"][href*="/overlay/"]',
  // Text the structural fallback must not read as headline or location.
  skip: 'button,a,svg,script,style,code,[aria-hidden="true"],.visually-hidden,.a11y-text,.sr-only',
} as const;

/** "Current company: X. Click to skip to experience card" in the UI languages our reps use. */
const CURRENT_COMPANY =
  /^(?:current company|empresa actual|empresa atual|entreprise actuelle|aktuelles unternehmen|azienda attuale|huidig bedrijf|nuvarande företag)\s*:\s*(.+)$/i;
const CLICK_SUFFIX =
  /\.\s+(?:click|haz clic|haga clic|clique|cliquez|klicken|klicke|fai clic|klik|klicka)\b.*$/i;
/** Pronouns, degree badges and separators that sit between the name and the headline. */
const NOISE =
  /^(?:[·•|,\s-]*|\([^()]{1,20}\)|[\p{L}]{1,8}\/[\p{L}]{1,8}(?:\/[\p{L}]{1,8})?|·?\s*\d\s*(?:st|nd|rd|th|º|°|ª|er|e|\.)?\+?)$/iu;
/** The screen-reader copy of the degree badge ("2nd degree connection", "Contacto de 2.º grado"). */
const DEGREE = /degree connection|\bcontacto de \d|\bconex[aã]o de \d|\brelation de \d|\bkontakt \d/i;

const isNoise = (t: string) => NOISE.test(t) || DEGREE.test(t);

const ID = { id: 'linkedin-profile', version: 1 };

export const linkedinProfile: Extractor = {
  ...ID,
  matches: (url) => isLinkedinHost(url) && pathSlug(url.pathname, 'in') !== undefined,
  extract(doc, url) {
    const slug = pathSlug(url.pathname, 'in');
    if (!slug) return null;
    const person = jsonLdPerson(doc, slug);
    const heading = findNameHeading(doc);
    if (!heading) return person ? fromJsonLdOnly(doc, url, person) : null;
    const card = heading.closest('section') ?? heading.parentElement?.parentElement ?? heading;
    const name = textOf(heading);
    if (!name || name.length > 120) return null;

    // Is this top card the profile in the URL? Owner-only overlay links name the slug;
    // links to another slug mean LinkedIn has not finished swapping the page.
    const owner = [...card.querySelectorAll(SEL.ownerLinks)].map((a) => {
      const href = hrefOf(a, url.href);
      return href ? pathSlug(new URL(href).pathname, 'in') : undefined;
    });
    if (owner.length > 0 && !owner.includes(slug) && !/^acoa/i.test(slug)) return null;
    const photo = [...card.querySelectorAll('img')].find((i) => clean(i.getAttribute('alt')) === name);
    const hasContact = card.querySelector(SEL.contactInfo) !== null;
    if (!person && owner.length === 0 && !photo && !hasContact) return null; // e.g. "Profile Not Found"

    const f: Partial<Record<Field, Found>> = {
      name: [name, person && ldText(person.name) === name ? 1 : 0.9],
      linkedinUrl: [linkedinUrl(url, slug, owner), 1],
    };
    const headline = textOf(card.querySelector(SEL.headline));
    const structural = headline ? [] : structuralTexts(card, heading);
    f.headline = headline
      ? [headline, 0.9]
      : structural[0]
        ? [structural[0], 0.6]
        : publicJobTitle(doc, person);

    f.location = ldLocation(person) ?? locationOf(card, heading);
    f.company = currentCompany(card, person, doc);
    const avatar = isRealPhoto(photo?.getAttribute('src')) ? photo?.getAttribute('src') : undefined;
    f.avatarUrl = [avatar ?? personImage(person), 0.9];
    return buildCandidate({ extractor: ID, url, kind: 'person', source: 'linkedin', fields: f });
  },
};

function findNameHeading(doc: Document): Element | null {
  const h1 = doc.querySelector(SEL.name);
  if (h1 && !inChrome(h1)) return h1;
  // 2025 layout: no h1; the heading whose text is the title's subject is the name.
  const subject = titleSubject(doc);
  if (!subject) return null;
  for (const h of doc.querySelectorAll(SEL.nameHeadings)) if (!inChrome(h) && textOf(h) === subject) return h;
  return null;
}

function fromJsonLdOnly(doc: Document, url: URL, person: JsonObject): Candidate | null {
  const slug = pathSlug(url.pathname, 'in') ?? '';
  return buildCandidate({
    extractor: ID,
    url,
    kind: 'person',
    source: 'linkedin',
    fields: {
      name: [ldText(person.name), 1],
      headline: publicJobTitle(doc, person),
      company: ldCompany(doc, person),
      location: ldLocation(person),
      linkedinUrl: [canonicalLinkedinUrl(`https://www.linkedin.com/in/${slug}/`), 1],
      avatarUrl: [personImage(person), 1],
    },
  });
}

function linkedinUrl(url: URL, slug: string, ownerSlugs: (string | undefined)[]): string | undefined {
  // `/in/ACoAA…` (an id, as Sales Navigator and search links use): the overlay links carry the vanity slug.
  const vanity = /^acoa/i.test(slug) ? ownerSlugs.find((s) => s && !/^acoa/i.test(s)) : slug;
  return (
    canonicalLinkedinUrl(`https://www.linkedin.com/in/${encodeURIComponent(vanity ?? slug)}/`) ?? url.href
  );
}

/** Top-card texts after the name that are not pronouns, degree badges or separators. */
function structuralTexts(card: Element, heading: Element): string[] {
  if (card.querySelector('.top-card-layout__title')) return []; // public layout: no headline means none
  return textsAfter(card, heading, SEL.skip)
    .map((n) => clean(n.nodeValue))
    .filter((t) => !isNoise(t))
    .slice(0, 4);
}

function locationOf(card: Element, heading: Element): Found | undefined {
  const byClass = textOf(card.querySelector(SEL.location));
  if (byClass) return [byClass, 0.9];
  // The location is the last text before the contact-info link, in every layout we know.
  const contact = card.querySelector(SEL.contactInfo);
  if (!contact) return undefined;
  const before = textsAfter(card, heading, SEL.skip).filter(
    (n) => (contact.compareDocumentPosition(n) & 2) /* PRECEDING */ !== 0 && !isNoise(clean(n.nodeValue)),
  );
  const last = before.at(-1);
  return last && before.length > 1 ? [clean(last.nodeValue), 0.6] : undefined;
}

function currentCompany(card: Element, person: JsonObject | undefined, doc: Document): Found | undefined {
  for (const el of card.querySelectorAll(SEL.labelled)) {
    const m = CURRENT_COMPANY.exec(clean(el.getAttribute('aria-label')));
    if (!m?.[1]) continue;
    const label = m[1];
    const visible = textOf(el);
    if (visible && label.startsWith(visible)) return [visible, 1];
    return [label.replace(CLICK_SUFFIX, '').replace(/\.$/, ''), 0.9];
  }
  const link = textOf(card.querySelector(SEL.publicCompany));
  if (link) return [link, 0.9];
  return person ? ldCompany(doc, person) : undefined;
}
