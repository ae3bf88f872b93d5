/**
 * Canonical forms used as dedupe keys. The same LinkedIn profile reached from
 * `es.linkedin.com/in/Jane-Doe?trk=x` or `www.linkedin.com/in/jane-doe/` must be
 * one key, or the rep ends up with two leads for one person.
 */
const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const PROFILE_PATH = /^\/(in|company)\/([^/?#]+)/i;

/**
 * Whether a page is LinkedIn itself. Only there is a LinkedIn URL the page's
 * own profile: any other site can name any profile (schema.org `sameAs`), so
 * a LinkedIn URL read elsewhere is a claim, never a key to an existing lead.
 */
export function isLinkedinPage(pageUrl: string | undefined): boolean {
  if (!pageUrl) return false;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' && LINKEDIN_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

export function canonicalLinkedinUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !LINKEDIN_HOST.test(url.hostname)) return undefined;
  const m = PROFILE_PATH.exec(url.pathname);
  if (!m) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(m[2] as string);
  } catch {
    slug = m[2] as string;
  }
  slug = slug.trim().toLowerCase();
  if (!slug) return undefined;
  return `https://www.linkedin.com/${(m[1] as string).toLowerCase()}/${encodeURIComponent(slug)}/`;
}

export function normalizeEmail(raw: string | undefined | null): string | undefined {
  const v = raw
    ?.trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return v && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : undefined;
}
