/** The design document `npm run team -- publish-playbook` puts the playbook in. */
export const PLAYBOOK_DESIGN_DOC = 'embudo-playbook';

/**
 * The team server and database this page is served from, when it is an
 * attachment of the playbook's design document (`/<db>/_design/embudo-playbook/…`). Pure.
 */
export function publishedOn(where: { origin: string; pathname: string }): {
  server: string;
  database: string;
} | null {
  const m = /^\/([^/]+)\/_design\/([^/]+)\//.exec(where.pathname);
  if (!m || m[2] !== PLAYBOOK_DESIGN_DOC || !/^https?:/.test(where.origin)) return null;
  return { server: where.origin, database: decodeURIComponent(m[1] as string) };
}
