import { clean } from './dom-helpers';
import {
  companyFromDomain,
  companyFromSignature,
  isGenericMailbox,
  isPersonName,
  LEGAL_FORM,
} from './email-helpers';

/**
 * Mail from an organisation rather than a person: "Acme Corp, Inc."
 * <renewals@…>, "Acme Billing" <billing@…>, or a bare no-reply@ address.
 * The prospect is then the organisation, named as it signs, never by the
 * mailbox ("billing", "no-reply").
 */

/** Mailboxes a system or a team writes from (beyond the contact channels `isGenericMailbox` knows). */
const ROLE_LOCAL =
  /^(?:no-?reply|do-?not-?reply|noresponder|renewals?|renovacion(?:es)?|invoices?|facturas?|accounts?|cuentas|notifications?|notificaciones|alerts?|avisos|updates?|news|noticias|mailer|members|socios|subscriptions?|suscripciones|payments?|pagos|receipts?|recibos|bookings?|reservas)(?:[._-]?[a-z0-9]{0,12})?$/i;

/** Words of a team's display name ("Acme Billing", "Facturación Norte"). */
const ROLE_WORD =
  /\b(?:billing|renewals?|invoic\w*|accounts?|support|sales|team|notifications?|facturaci\w*|ventas|soporte|equipo|atenci\w+|clientes|cobros|pagos|renovaciones|reservas)\b/i;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function isRoleMailbox(email: string): boolean {
  return isGenericMailbox(email) || ROLE_LOCAL.test(email.split('@')[0] ?? '');
}

/** The display name unless it only repeats the address or its local part (what Gmail shows without one). */
export function displayName(name: string | undefined, email: string): string {
  const n = clean(name);
  const local = email.split('@')[0] ?? '';
  return n && !n.includes('@') && n.toLowerCase() !== local.toLowerCase() ? n : '';
}

/** Whether a display name names the sender's domain ("Acme Billing" for acme-corp.example). */
function namesDomain(name: string, email: string): boolean {
  const domain = (email.split('@')[1] ?? '').split('.').slice(0, -1).join(' ');
  const words = new Set(
    fold(domain)
      .split(' ')
      .filter((w) => w.length >= 3),
  );
  return fold(name)
    .split(' ')
    .some((w) => words.has(w));
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
  if (!isRoleMailbox(email)) return undefined;
  if (display) {
    const person = isPersonName(display) && !ROLE_WORD.test(display) && !namesDomain(display, email);
    return person ? undefined : [display, 1];
  }
  const signed = companyFromSignature(lines, email);
  if (signed) return [signed, 0.7];
  const fromDomain = companyFromDomain(email);
  return fromDomain ? [fromDomain, 0.4] : undefined;
}
