import { clean, meta } from './dom-helpers';

/** Any LinkedIn host: www., a country subdomain (es., mx., se., uk.…) or the bare domain. */
export function isLinkedinHost(url: URL): boolean {
  return /(^|\.)linkedin\.com$/i.test(url.hostname) && /^https?:$/.test(url.protocol);
}

/** The first path segment after `/in/` or `/company/`, decoded and lower-cased. */
export function pathSlug(pathname: string, kind: 'in' | 'company'): string | undefined {
  const m = new RegExp(`^/${kind}/([^/?#]+)`, 'i').exec(pathname);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return m[1].toLowerCase();
  }
}

/**
 * Site chrome that can show other people than the page's subject: the global nav
 * (the signed-in viewer's "Me" menu), the messaging overlay, dialogs, footers.
 */
const CHROME = 'header,nav,aside,footer,[role="dialog"],[role="banner"],#msg-overlay';

export function inChrome(el: Element): boolean {
  return el.closest(CHROME) !== null;
}

/**
 * The document title as LinkedIn sets it on every navigation: "(3) Jane Doe | LinkedIn"
 * (the count is unread notifications). Returns the part before "| LinkedIn".
 */
export function titleSubject(doc: Document): string {
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(clean(doc.title));
  return m?.[1] ?? '';
}

/** Public pages' og:title "Name - Job - Company | LinkedIn", split on " - ". */
export function ogTitleParts(doc: Document): string[] {
  const t = meta(doc, 'og:title').replace(/\s*\|\s*LinkedIn\s*$/i, '');
  return t
    ? t
        .split(/\s+[-–]\s+/)
        .map(clean)
        .filter(Boolean)
    : [];
}

/** LinkedIn photos live on media.licdn.com; static.licdn.com serves the grey placeholders. */
export function isRealPhoto(src: string | null | undefined): boolean {
  return !!src && /^https:\/\/media\.licdn\.com\//.test(src);
}

/** The real site behind LinkedIn's outbound redirect (`/redir/redirect?url=…`), or the URL itself. */
export function unwrapRedirect(href: string): string {
  try {
    const u = new URL(href);
    if (/(^|\.)linkedin\.com$/i.test(u.hostname)) return u.searchParams.get('url') ?? '';
    return href;
  } catch {
    return '';
  }
}
