import { clean } from './dom-helpers';
import {
  companyFromDomain,
  companyFromSignature,
  domainWords,
  fold,
  isGenericMailbox,
  isPersonName,
  isRoleWord,
  LEGAL_FORM,
} from './email-helpers';

/**
 * Mail from an organisation rather than a person: "Acme Corp, Inc."
 * <renewals@…>, "Acme Billing" <billing@…>, or a bare no-reply@ address.
 * The prospect is then the organisation, named as it signs, never by the
 * mailbox ("billing", "no-reply").
 */

/** The display name unless it only repeats the address or its local part (what Gmail shows without one). */
export function displayName(name: string | undefined, email: string): string {
  const n = clean(name);
  const local = email.split('@')[0] ?? '';
  return n && !n.includes('@') && n.toLowerCase() !== local.toLowerCase() ? n : '';
}

/** Whether a display name names the sender's domain ("Acme Billing" for acme-corp.example). */
function namesDomain(name: string, email: string): boolean {
  const words = domainWords(email.split('@')[1] ?? '').split(' ');
  return fold(name)
    .split(' ')
    .some((w) => w.length > 2 && words.includes(w));
}

/**
 * The organisation's name when the sender is one, with how sure we are; undefined for a person.
 * `lines` are the sender's own last lines (signature or footer), used when there is no display name.
 */
export function organisationSender(
  name: string | undefined,
  email: string,
  lines: string[],
): [string, number] | undefined {
  const display = displayName(name, email);
  if (display && LEGAL_FORM.test(display)) return [display, 1];
  if (!isGenericMailbox(email)) return undefined;
  if (display) {
    const person =
      isPersonName(display) && !display.split(' ').some(isRoleWord) && !namesDomain(display, email);
    return person ? undefined : [display, 1];
  }
  const signed = companyFromSignature(lines, email);
  if (signed) return [signed, 0.7];
  const fromDomain = companyFromDomain(email);
  return fromDomain ? [fromDomain, 0.4] : undefined;
}
