import { buildCandidate, type Found, validEmail } from './candidate-builder';
import { clean, linesOf, textOf } from './dom-helpers';
import { emailCompany, nameFromEmail, parseNameEmail } from './email-helpers';
import type { Extractor } from './extractor';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com):
 * the message open in the reading pane. The sender's address is often only in
 * an aria-label ("From: Name <email>"), a title attribute or the persona card,
 * so all three are read. Without an open message (the list alone) there is nothing.
 */
const SEL = {
  // reading-pane (office.com), live-reading-pane (live.com)
  pane: '[data-app-section="MailReadCompose"], #ReadingPaneContainerId, #ConversationReadingPaneContainer',
  subject: '[role="heading"][aria-level="2"], [role="heading"]',
  // One element per message in the conversation.
  message: '[data-testid="message-item"], [role="listitem"][aria-expanded="true"]',
  labelled: '[aria-label]',
  body: 'div[role="document"]',
  quote: 'blockquote, [id*="divRplyFwdMsg"], #appendonsend ~ *, [id$="appendonsend"] ~ *',
  // Open persona card: a dialog naming the person, with the address as a mailto link or text
  // (name-only-address-in-persona-card).
  personaCard: '[role="dialog"]',
  // Sender shown by name only: the button that opens its persona card (name-only-*).
  persona: '[aria-haspopup="dialog"]',
  // Selected conversation in the message list: its sender's address in a title (name-only-address-in-list-row).
  selectedRow: '[role="option"][aria-selected="true"] [title*="@"]',
  // Signed-in account: the folder tree's root names the mailbox address.
  accountNode: '[role="tree"] [role="treeitem"][aria-level="1"][title*="@"]',
  accountButton: '#O365_MainLink_Me[aria-label]',
} as const;

const FROM = /^(?:from|de|von|da|van|från|od)\s*:\s*(.+)$/i;
/** The To/Cc/Bcc lines' own labels (their buttons hold "Name <email>"): recipients, never the sender. */
const TO = /^(?:to|para|an|aan|till|do|cc|cco|bcc|ccn)\s*:?$/i;

const ID = { id: 'outlook-message', version: 2 };

export const outlookMessage: Extractor = {
  ...ID,
  matches: (url) => /^outlook\.(office|office365|live)\.com$/i.test(url.hostname),
  extract(doc, url) {
    const pane = doc.querySelector(SEL.pane);
    if (!pane) return null;
    const account = accountOf(doc);
    const items = [...pane.querySelectorAll(SEL.message)];
    const messages = items.length
      ? items.filter((m) => !items.some((o) => o !== m && o.contains(m)))
      : [pane];
    let party: Party | undefined;
    let from: Element | undefined;
    // Outlook lists a conversation newest first: the first sender who is not the account.
    for (const msg of messages) {
      const sender = senderOf(msg, doc);
      if (!sender) continue;
      if (!isAccount(sender, account)) {
        party = sender;
        from = msg;
        break;
      }
      party ??= recipientsOf(msg).find((p) => !isAccount(p, account));
    }
    if (!party?.name && !party?.email) return null;
    const email = party.email;
    const name = party.name || (email ? nameFromEmail(email) : undefined) || email;
    const subjectEl = pane.querySelector(SEL.subject);
    return buildCandidate({
      extractor: ID,
      url,
      kind: 'person',
      source: 'email',
      fields: {
        name: [name, party.name ? 1 : 0.3],
        email: [email, 1],
        subject: [clean(subjectEl?.getAttribute('title')) || textOf(subjectEl), 0.9],
        company: email ? companyOf(from, email, party.name ?? '') : undefined,
        // Deep links name the message (`/mail/inbox/id/…`): a way back to the conversation.
        threadUrl: [/\/id\//.test(url.pathname) ? url.href : undefined, 1],
      },
    });
  },
};

interface Party {
  name?: string;
  email?: string;
}
interface Account {
  name: string;
  email?: string;
}

function accountOf(doc: Document): Account {
  const email = validEmail(doc.querySelector(SEL.accountNode)?.getAttribute('title'));
  // "Mail - Carmen Vidal - Outlook"; the "Account manager for Carmen Vidal" button as a fallback.
  const fromTitle = /^.+?\s+-\s+(.+?)\s+-\s+Outlook/i.exec(clean(doc.title))?.[1];
  const button = clean(doc.querySelector(SEL.accountButton)?.getAttribute('aria-label')).replace(
    /^.*\b(for|de|für|di)\s+/i,
    '',
  );
  return { name: clean(fromTitle ?? button), email };
}

function isAccount(p: Party, account: Account): boolean {
  if (p.email && account.email) return p.email === account.email;
  return !!p.name && p.name === account.name;
}

function senderOf(msg: Element, doc: Document): Party | undefined {
  const recipientLines = [...msg.querySelectorAll(SEL.labelled)].filter((l) =>
    TO.test(clean(l.getAttribute('aria-label'))),
  );
  // The header minus the To/Cc lines: neither inside one, nor around one, nor around the body.
  const outside = (x: Element) =>
    !x.closest(SEL.body) &&
    !x.querySelector(SEL.body) &&
    !recipientLines.some((l) => l.contains(x) || x.contains(l));
  let el: Element | undefined;
  let party: Party | undefined;
  for (const x of msg.querySelectorAll(SEL.labelled)) {
    const m = FROM.exec(clean(x.getAttribute('aria-label')));
    if (m?.[1]) {
      el = x;
      party = parseNameEmail(m[1]);
      break;
    }
  }
  // Newer layouts show the sender by name only, on the button that opens the persona card.
  if (!el) {
    el = [...msg.querySelectorAll(SEL.persona)].find(outside);
    const label = clean(el?.getAttribute('aria-label'));
    party = el ? parseNameEmail(label && !/\s(card|tarjeta)\b/i.test(label) ? label : textOf(el)) : undefined;
  }
  if (!el || !party) return undefined;
  if (party.name === party.email) party.name = undefined;
  party.email ??= addressOf(msg, el, party.name ?? '', outside) ?? personaEmail(doc, party.name ?? '');
  return party.name || party.email ? party : undefined;
}

/**
 * Where Outlook keeps a sender's address on the page: the sender element's own
 * title (or its children's), an aria-label or title elsewhere in the header
 * naming the sender ("Name <email>" on the avatar), "<email>" text beside the
 * name, or the title of the open conversation's row in the message list.
 */
function addressOf(msg: Element, el: Element, name: string, outside: (x: Element) => boolean) {
  const own = [el, ...el.querySelectorAll('*')];
  const header = [...msg.querySelectorAll('[aria-label], [title]')].filter(outside);
  for (const x of [...own, ...header])
    for (const attr of ['title', 'aria-label']) {
      const p = parseNameEmail(x.getAttribute(attr));
      if (p.email && (own.includes(x) || (name && p.name?.includes(name)))) return p.email;
    }
  let box = el;
  while (box.parentElement && outside(box.parentElement)) box = box.parentElement;
  const beside = validEmail(/<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(box.textContent ?? '')?.[1]);
  if (beside || !name) return beside;
  const row = [...msg.ownerDocument.querySelectorAll(SEL.selectedRow)].find((x) =>
    textOf(x).startsWith(name),
  );
  return validEmail(row?.getAttribute('title'));
}

/** The open persona card naming the sender: its mailto link, or an element whose text is the address. */
function personaEmail(doc: Document, name: string): string | undefined {
  for (const card of name ? doc.querySelectorAll(SEL.personaCard) : []) {
    if (!card.textContent?.includes(name)) continue;
    const mail = card.querySelector('a[href^="mailto:"]')?.getAttribute('href');
    const leaf = [...card.querySelectorAll('*')].find((x) => !x.firstElementChild && validEmail(textOf(x)));
    const e = validEmail(mail) ?? validEmail(textOf(leaf));
    if (e) return e;
  }
  return undefined;
}

function recipientsOf(msg: Element): Party[] {
  const out: Party[] = [];
  for (const line of msg.querySelectorAll('[aria-label]')) {
    if (!TO.test(clean(line.getAttribute('aria-label')))) continue;
    for (const el of line.querySelectorAll('[aria-label], [title]')) {
      const p = parseNameEmail(el.getAttribute('aria-label'));
      p.email ??= parseNameEmail(el.getAttribute('title')).email;
      if (p.email) out.push(p);
    }
  }
  return out;
}

function companyOf(msg: Element | undefined, email: string, name: string): Found | undefined {
  const body = msg?.querySelector(SEL.body);
  return emailCompany(body ? linesOf(body, SEL.quote).slice(-15) : [], email, name);
}
