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
  // Open persona card (a dialog with a mailto link).
  personaMail: '[role="dialog"] a[href^="mailto:"]',
  // Signed-in account: the folder tree's root names the mailbox address.
  accountNode: '[role="tree"] [role="treeitem"][aria-level="1"][title*="@"]',
  accountButton: '#O365_MainLink_Me[aria-label]',
} as const;

const FROM = /^(?:from|de|von|da|van|från|od)\s*:\s*(.+)$/i;
/** The To line's own label (its buttons hold "Name <email>"). */
const TO = /^(?:to|para|an|aan|till|do)\s*:?$/i;

const ID = { id: 'outlook-message', version: 1 };

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
  for (const el of msg.querySelectorAll(SEL.labelled)) {
    const m = FROM.exec(clean(el.getAttribute('aria-label')));
    if (!m?.[1]) continue;
    const party: Party = parseNameEmail(m[1]);
    // The address may live only in the title or in "<email>" text beside the name.
    party.email ??= parseNameEmail(el.getAttribute('title')).email ?? parseNameEmail(textOf(el)).email;
    party.email ??= personaEmail(doc, party.name);
    if (party.name === party.email) party.name = undefined;
    return party;
  }
  return undefined;
}

function personaEmail(doc: Document, name: string | undefined): string | undefined {
  if (!name) return undefined;
  for (const a of doc.querySelectorAll(SEL.personaMail)) {
    const card = a.closest('[role="dialog"]');
    if (card?.textContent?.includes(name)) return validEmail(a.getAttribute('href'));
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
