import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { buildSite } from '../../playbook-site/build';
import { PLAYBOOK_DESIGN_DOC } from '../../playbook-site/client/published-on';
import { SettingsSchema } from '../../shared/model/settings';
import { ProcessDocSchema } from '../../shared/sync/team-docs';
import { type AdminClient, SetupError } from './admin-client';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * `npm run team -- publish-playbook DATABASE`: builds the playbook under the
 * team's process (its `process` document; the built-in one while the lead has
 * saved none) and stores every file as an attachment of `_design/embudo-playbook`
 * in the team database. The team's playbook then has one address on its own
 * server, where the team review reads the database with no CORS set-up (same
 * origin). Reading it needs a member's sign-in, like the data. Returns the address.
 */
export async function publishPlaybook(
  admin: AdminClient,
  database: string,
  log: (line: string) => void,
): Promise<string> {
  const db = `/${encodeURIComponent(database)}`;
  const info = await admin.request('GET', db);
  if (info.status === 401 || info.status === 403) throw new SetupError('COUCHDB_URL is not a server admin');
  if (info.status !== 200) throw new SetupError(`the database ${database} does not exist (run setup first)`);
  const found = await admin.request('GET', `${db}/process`);
  const process = found.status === 200 ? ProcessDocSchema.safeParse(found.data) : null;
  if (process && !process.success) throw new SetupError('the team process document is not valid');
  const settings = SettingsSchema.parse({ ...process?.data.settings });
  log(
    process
      ? `process: the team's, saved by ${process.data.owner}`
      : 'process: the built-in one (no team process yet)',
  );

  const outDir = mkdtempSync(join(tmpdir(), 'embudo-playbook-'));
  try {
    await buildSite({ outDir, quiet: true, settings });
    const attachments: Record<string, { content_type: string; data: string }> = {};
    for (const file of filesUnder(outDir)) {
      const name = relative(outDir, file).split('\\').join('/');
      attachments[name] = {
        content_type: TYPES[extname(file)] ?? 'application/octet-stream',
        data: readFileSync(file).toString('base64'),
      };
    }
    const id = `${db}/_design/${PLAYBOOK_DESIGN_DOC}`;
    const existing = await admin.request('GET', id);
    const rev = existing.status === 200 ? (existing.data._rev as string) : undefined;
    const put = await admin.request('PUT', id, { ...(rev ? { _rev: rev } : {}), _attachments: attachments });
    if (put.status !== 201 && put.status !== 200)
      throw new SetupError(
        `the server refused the playbook (${put.status} ${String(put.data.reason ?? '')})`,
      );
    log(`published ${Object.keys(attachments).length} files`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const address = `${admin.server}${db}/_design/${PLAYBOOK_DESIGN_DOC}/index.html`;
  log(`the team's playbook: ${address}`);
  return address;
}
