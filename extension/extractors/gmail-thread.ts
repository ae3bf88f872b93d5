import { buildCandidate, validEmail } from './candidate-builder';
import { clean, linesOf, textOf } from './dom-helpers';
import { emailCompany, nameFromEmail } from './email-helpers';
import { displayName, organisationSender } from './email-organisation';
import type { Extractor } from './extractor';

/**
 * Gmail thread view. The prospect is the other party: the latest message's
 * sender when that is not the signed-in account, otherwise that message's
 * first other recipient. The account is read from the document title
 * ("Subject - account@… - Gmail"), which Gmail keeps current on every view.
 * An inbox or any list (no open message) yields nothing.
 */
const SEL = {
  // Open messages (expanded or collapsed): thread-reply-from-prospect, thread-latest-from-account, thread-free-mail-prospect.
  message: 'div.adn[data-message-id], div[data-message-id][data-legacy-message-id]',
  // Sender and recipients carry the address in an `email` attribute (gmail.js / InboxSDK).
  sender: '.gD[email], h3 span[email]',
  recipients: '.hb [email], .g2[email]',
  body: '.a3s',
  signature: '.gmail_signature',
  quote: '.gmail_quote, blockquote',
  hidden: '[style*="display:none"], [style*="display: none"], [hidden]',
  // Subject heading: same fixtures.
  subject: 'h2.hP, h2[data-legacy-thread-id], h2[data-thread-perm-id]',
} as const;

const ID = { id: 'gmail-thread', version: 2 };

export const gmailThread: Extractor = {
  ...ID,
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  extract(doc, url) {
    // Gmail keeps other views in the DOM, hidden: only the visible thread counts.
    const messages = [...doc.querySelectorAll(SEL.message)].filter((m) => !m.closest(SEL.hidden));
    const { account = bannerAccount(doc), subject: titleSubject } = parseTitle(doc.title);
    const senders = messages.map((m) => readParty(m.querySelector(SEL.sender)));
    let party: Party | undefined;
    for (let i = messages.length - 1; i >= 0 && !party; i--) {
      const sender = senders[i];
      if (!sender) continue;
      // The account wrote the latest message: the prospect is who it went to.
      party = sender.email !== account ? sender : outsideRecipient(messages[i] as Element, account);
    }
    if (!party) return null;
    const email = party.email;
    // The prospect's own latest message holds their signature.
    const lines = linesOfMessage(messages.findLast((_, i) => senders[i]?.email === email));
    const subject = textOf(doc.querySelector(SEL.subject)) || titleSubject;
    const org = organisationSender(party.name, email, lines);
    const name = party.name || nameFromEmail(email);
    return buildCandidate({
      extractor: ID,
      url,
      kind: org ? 'company' : 'person',
      source: 'email',
      fields: {
        name: org ?? [name ?? email, party.name ? 1 : 0.3],
        email: [email, 1],
        subject: [subject, 0.9],
        threadUrl: [url.href, 1],
        company: org ? undefined : emailCompany(lines, email, party.name),
      },
    });
  },
};

interface Party {
  name: string;
  email: string;
}

function readParty(el: Element | null | undefined): Party | undefined {
  const email = validEmail(el?.getAttribute('email'));
  if (!el || !email) return undefined;
  // `name` holds the full name; the visible text may be a first name or "me"/"mí". Without a
  // display name Gmail shows the local part ("billing"), which names no one.
  return { name: displayName(clean(el.getAttribute('name')) || textOf(el), email), email };
}

/** The account's first recipient, preferring people outside its own domain (colleagues in copy). */
function outsideRecipient(msg: Element, account: string | undefined): Party | undefined {
  const domain = account?.split('@')[1];
  const others = [...msg.querySelectorAll(SEL.recipients)]
    .map(readParty)
    .filter((p): p is Party => !!p && p.email !== account);
  return others.find((p) => p.email.split('@')[1] !== domain) ?? others[0];
}

/** "Subject - account@example.com - Gmail" → the account address and the subject. */
function parseTitle(title: string): { account?: string; subject: string } {
  const m = /^(.*)\s+-\s+(\S+@\S+)\s+-\s+Gmail\s*$/.exec(clean(title));
  return m ? { account: validEmail(m[2]), subject: clean(m[1]) } : { subject: '' };
}

/** The Google account button ("Google Account: Name (email)") when the title has no address. */
function bannerAccount(doc: Document): string | undefined {
  const label = doc
    .querySelector('header a[aria-label*="@"], [role="banner"] a[aria-label*="@"]')
    ?.getAttribute('aria-label');
  return validEmail(/[^\s()<>]+@[^\s()<>]+/.exec(label ?? '')?.[0]);
}

/** Signature of a message (never the quoted part), else its last lines: where a company signs. */
function linesOfMessage(msg: Element | undefined): string[] {
  const body = msg?.querySelector(SEL.body);
  const sig = body ? [...body.querySelectorAll(SEL.signature)].find((s) => !s.closest(SEL.quote)) : undefined;
  return sig ? linesOf(sig) : body ? linesOf(body, SEL.quote).slice(-12) : [];
}
