import { canonicalLinkedinUrl } from './normalize';

/**
 * How to tell whether the page in a tab belongs to a stored lead, from its URL
 * alone: a LinkedIn profile or company page is the lead's own key (the
 * canonical URL the unique index holds); a message open in Gmail or Outlook
 * names its sender only in the page, so the capture script has to read it;
 * any other page is not looked up at all, which keeps the popup's look-up
 * cheap. Pure.
 */
type TabLeadKey = { by: 'linkedin'; url: string } | { by: 'page' };

const GMAIL_THREAD = /^#[^/]+(\/[^/]+)*\/[A-Za-z0-9_-]{16,}$/;
const OUTLOOK_HOST = /^outlook\.(office|office365|live)\.com$/i;

export function tabLeadKey(rawUrl: string | undefined): TabLeadKey | null {
  if (!rawUrl) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (/(^|\.)linkedin\.com$/i.test(url.hostname)) {
    const key = canonicalLinkedinUrl(rawUrl);
    return key ? { by: 'linkedin', url: key } : null;
  }
  // Gmail keeps the open thread in the fragment (#inbox/FMfcgz…); the inbox itself is just #inbox.
  if (url.hostname === 'mail.google.com' && GMAIL_THREAD.test(url.hash)) return { by: 'page' };
  // Outlook on the web: a message open in the reading pane has /id/<message id> in its path.
  if (OUTLOOK_HOST.test(url.hostname) && /\/id\/[^/]+/.test(url.pathname)) return { by: 'page' };
  return null;
}
