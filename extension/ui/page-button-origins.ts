/**
 * Sites where the in-page Capture button can run, each an optional host
 * permission (the manifest's `optional_host_permissions` lists the same).
 * Kept apart so the settings screen can ask for them without loading
 * background code. Site names are brands: the same in every language.
 */
const PAGE_BUTTON_SITES = [
  { origin: 'https://*.linkedin.com/*', site: 'LinkedIn' },
  { origin: 'https://mail.google.com/*', site: 'Gmail' },
] as const;

export const PAGE_BUTTON_ORIGINS: string[] = PAGE_BUTTON_SITES.map((s) => s.origin);

/** The site names for granted origins, in the order above; unknown origins are left out. Pure. */
export function siteNames(origins: readonly string[]): string[] {
  return PAGE_BUTTON_SITES.filter((s) => origins.includes(s.origin)).map((s) => s.site);
}
