import { canonicalLinkedinUrl } from '../../shared/capture/normalize';
import type { Found } from './candidate-builder';
import { hasType, type JsonObject, jsonLdNodes, ldAddress, ldText, meta, pathOf } from './dom-helpers';
import { isRealPhoto, ogTitleParts, pathSlug } from './linkedin-helpers';

/**
 * What a public (logged-out) LinkedIn profile states as data: its JSON-LD
 * `Person` and its og:title "Name - Job - Company | LinkedIn". Used only when
 * the Person's own URL is the profile in the page URL.
 */

/** The JSON-LD Person of a public page, only if it describes the profile in the URL. */
export function jsonLdPerson(doc: Document, slug: string): JsonObject | undefined {
  const want = canonicalLinkedinUrl(`https://www.linkedin.com/in/${slug}/`);
  return jsonLdNodes(doc).find(
    (n) => hasType(n, 'Person') && canonicalLinkedinUrl(ldText(n.url) || ldText(n.sameAs)) === want,
  );
}

/** Public pages without a headline: the job title from JSON-LD or og:title, as a guess. */
export function publicJobTitle(doc: Document, person: JsonObject | undefined): Found | undefined {
  if (!person) return undefined;
  const job = ldText(person.jobTitle) || ogTitleParts(doc).slice(1, -1).join(' - ');
  return job ? [job, 0.5] : undefined;
}

export function ldLocation(person: JsonObject | undefined): Found | undefined {
  const loc = person ? ldAddress(person.address) : '';
  return loc ? [loc, 1] : undefined;
}

export function personImage(person: JsonObject | undefined): string | undefined {
  const img = person?.image;
  const src = typeof img === 'string' ? img : ldText((img as JsonObject | undefined)?.contentUrl);
  return isRealPhoto(src) ? src : undefined;
}

/** Current company: JSON-LD `worksFor` (first = current), else og:title's last part as a guess. */
export function ldCompany(doc: Document, person: JsonObject): Found | undefined {
  const works = ldText(person.worksFor);
  if (works) return [works, 1];
  const og = ogTitleParts(doc);
  const ogSlug = pathSlug(pathOf(meta(doc, 'og:url')), 'in');
  const own = canonicalLinkedinUrl(ldText(person.url));
  return og.length >= 3 && ogSlug && own?.includes(`/in/${ogSlug}/`) ? [og.at(-1), 0.6] : undefined;
}
