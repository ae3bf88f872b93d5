import { type Found, validEmail } from './candidate-builder';
import { clean } from './dom-helpers';

/** Webmail domains anyone can sign up to: the domain says nothing about the person's company. */
const FREE_MAIL =
  /^(g(oogle)?mail|hotmail|outlook|live|msn|y(ahoo|mail)|aol|icloud|me|mac|gmx|web|proton(mail)?|pm|tutanota|zoho|yandex|mail|inbox|fastmail|terra|telefonica|movistar|orange|wanadoo|free|laposte|libero|t-online|qq|163|naver)\./i;

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.test(domain);
}

/** Shared departmental and system mailboxes (billing@, renewals@, no-reply@): never a named person. */
const GENERIC_LOCAL =
  /^(info|contact|contacto|hello|hola|sales|ventas|comercial|empleo|jobs|careers|rrhh|hr|admin|administracion|office|oficina|support|soporte|help|marketing|prensa|press|compras|pedidos|orders|presupuestos|facturacion|billing|webmaster|(do-?)?not?-?reply|noresponder|newsletter|team|equipo|atencion|clientes|service|reservas|legal|calidad|renewals?|renovacion(es)?|invoices?|facturas?|accounts?|notifica\w*|alerts?|avisos|mailer|payments?|pagos|receipts?|recibos|bookings?)([._-]?[a-z]{0,12})?$/i;

export function isGenericMailbox(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return GENERIC_LOCAL.test(local);
}

/** A word of a team's display name that names a role ("Acme Billing", "Facturación Norte"). */
export function isRoleWord(word: string): boolean {
  return GENERIC_LOCAL.test(fold(word));
}

/** "Name <email>", "email", "Name (email)", "From: Name <email>": the parts that are there. */
export function parseNameEmail(raw: string | null | undefined): { name?: string; email?: string } {
  const text = clean(raw);
  if (!text) return {};
  const m = /^(.*?)[\s,;:]*[<([]\s*(?:mailto:)?([^<>()\s[\]]+@[^<>()\s[\]]+)\s*[>)\]]\s*$/i.exec(text);
  if (m) {
    const name = clean(m[1]?.replace(/^["']|["']$/g, ''));
    return { name: name || undefined, email: validEmail(m[2]) };
  }
  const email = validEmail(text);
  return email ? { email } : { name: text };
}

/** "Laura Campos", "María de la Fuente", "Jean-Luc O'Neil": 2–5 words, capitalised, no digits. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|del|la|las|los|da|do|dos|das|van|von|der|den|di|y|e|\p{Lu}[\p{L}'’.-]*)){1,4}$/u;

export function isPersonName(s: string): boolean {
  return s.length <= 60 && PERSON_NAME.test(s);
}

/** Where a name ends and a job title starts: "Laura Campos, Responsable de Compras". */
export const TITLE_SPLIT = /\s*[,|]\s+|\s+[-–—]\s+/;

/** "laura.campos" → "Laura Campos": a last-resort name, only when the address clearly is one. */
export function nameFromEmail(email: string): string | undefined {
  if (isGenericMailbox(email)) return undefined;
  const parts = (email.split('@')[0] ?? '').split(/[._-]+/).filter((p) => /^[a-z]{2,}$/i.test(p));
  if (parts.length < 2 || parts.length > 4) return undefined;
  return parts.map((p) => p[0]?.toUpperCase() + p.slice(1).toLowerCase()).join(' ');
}

/** Legal-form endings that mark a company line in a signature (ES, PT, FR, DE, IT, EN, Nordic). */
export const LEGAL_FORM =
  /\b(S\.?\s?L\.?(\s?U\.?)?|S\.?\s?A\.?(\s?[SU]\.?)?|S\.?\s?A\.?\s?de\s?C\.?\s?V\.?|S\.?\s?C\.?|S\.?\s?Coop\.?|Ltda\.?|Ltd\.?|LLC|LLP|Inc\.?|Corp\.?|GmbH|AG|KG|SARL|SAS|S\.?p\.?A\.?|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?|AB|Oy|ApS|AS|plc|PLC)$/;

/** The domain's distinctive part ("finanzas-norte.es" → "finanzas norte"), for matching text. */
export function domainWords(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  const core =
    labels.length > 2 && /^(com|co|org|net|gob|gov|edu)$/.test(labels.at(-2) ?? '')
      ? labels.at(-3)
      : labels.at(-2);
  return (core ?? '').replace(/-/g, ' ');
}

/** Lower case, no accents, punctuation as spaces: for comparing names with domains. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The company a signature names: a line ending in a legal form ("Finanzas Norte
 * S.L.") or one that spells the e-mail domain ("Logística Sur" for
 * logistica-sur.com). Lines with the person's name, phones or addresses never match.
 */
export function companyFromSignature(lines: string[], email: string, personName = ''): string | undefined {
  const domain = email.split('@')[1] ?? '';
  const words = isFreeMailDomain(domain) ? '' : domainWords(domain);
  const person = fold(personName);
  const usable = lines
    .map(clean)
    .filter((l) => l.length >= 2 && l.length <= 80 && !/@|https?:|www\.|\+?\d[\d\s().-]{6,}/.test(l))
    .filter((l) => fold(l) !== person);
  const legal = usable.find((l) => LEGAL_FORM.test(l.replace(/[,;]\s*$/, '')));
  if (legal) return legal;
  if (words.length >= 3) {
    const byDomain = usable.find((l) => {
      const f = fold(l);
      return f === words || (f.startsWith(`${words} `) && f.length <= words.length + 20);
    });
    if (byDomain) return byDomain;
  }
  return undefined;
}

/** "finanzas-norte.es" → "Finanzas Norte"; nothing for free-mail or unusable domains. */
export function companyFromDomain(email: string): string | undefined {
  const domain = email.split('@')[1] ?? '';
  if (!domain || isFreeMailDomain(domain)) return undefined;
  const words = domainWords(domain);
  if (words.length < 2) return undefined;
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Company of an e-mail party: their signature (0.7), else their domain (0.4), never a free-mail one. */
export function emailCompany(lines: string[], email: string, name: string): Found | undefined {
  const fromSig = companyFromSignature(lines, email, name);
  if (fromSig) return [fromSig, 0.7];
  const fromDomain = companyFromDomain(email);
  return fromDomain ? [fromDomain, 0.4] : undefined;
}
