import type { Lead } from '../../../shared/model/lead';
import { t } from '../../ui/i18n';
import { safeHttpUrl } from '../../ui/links';

/** Links from the lead's own data: only http(s) ones become links; anything else is not shown as one. */
export function LeadLinks({ lead }: { lead: Lead }) {
  const links = [
    { label: t('fieldLinkedinUrl'), href: safeHttpUrl(lead.linkedinUrl) },
    { label: t('fieldWebsite'), href: safeHttpUrl(lead.website) },
    { label: t('fieldThreadUrl'), href: safeHttpUrl(lead.threadUrl) },
    { label: t('capturedFrom'), href: safeHttpUrl(lead.provenance?.pageUrl) },
  ].filter((l): l is { label: string; href: string } => l.href !== undefined);
  const email = lead.email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(lead.email) ? lead.email : undefined;
  if (!links.length && !email) return null;
  return (
    <ul class="lead-links">
      {email ? (
        <li>
          <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      {links.map((l) => (
        <li key={l.label}>
          <a href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
