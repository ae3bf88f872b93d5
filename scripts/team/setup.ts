import {
  DESIGN_DOC_ID,
  designDocument,
  securityObject,
  type TeamFile,
  TeamFileSchema,
  teamRole,
} from '../../shared/sync/team-config';
import { type AdminClient, SetupError } from './admin-client';

const USER_PREFIX = 'org.couchdb.user:';
const userPath = (name: string) => `/_users/${encodeURIComponent(USER_PREFIX + name)}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** TEAM.json's text as a team, or a one-line reason. */
export function parseTeamFile(text: string): TeamFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SetupError(`TEAM.json is not JSON (${(err as Error).message})`);
  }
  const parsed = TeamFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new SetupError(`TEAM.json: ${where}${issue?.message}`);
}

/**
 * Makes the server match TEAM.json: the `_users` database, the team database,
 * its security object, the validation design document, each member's user
 * with the team role, and no team role left on users the file no longer lists.
 * Everything is checked before the first write (the server answers, as CouchDB,
 * and the credentials are a server admin's). Creates what is missing, changes
 * what differs, says what it did; a second run changes nothing.
 */
export async function setupTeam(
  admin: AdminClient,
  team: TeamFile,
  log: (line: string) => void,
): Promise<number> {
  const root = await admin.request('GET', '/');
  const wrongAdmin = new SetupError('the admin name or password in COUCHDB_URL is wrong');
  if (root.status === 401) throw wrongAdmin;
  if (root.status !== 200 || (typeof root.data.couchdb !== 'string' && !root.data['express-pouchdb']))
    throw new SetupError(`${admin.server} does not answer as CouchDB`);
  const session = await admin.request('GET', '/_session');
  if (session.status === 401) throw wrongAdmin;
  const roles = (session.data.userCtx as { roles?: string[] } | undefined)?.roles ?? [];
  if (!roles.includes('_admin')) throw new SetupError('the user in COUCHDB_URL is not a server admin');

  let changes = 0;
  const did = (line: string) => {
    changes++;
    log(line);
  };
  const expect = async (method: string, path: string, body: unknown, what: string) => {
    const r = await admin.request(method, path, body);
    if (r.status >= 300)
      throw new SetupError(`${what}: server answered ${r.status} ${String(r.data.reason ?? '')}`);
    return r;
  };

  for (const db of ['_users', team.database]) {
    const r = await admin.request('PUT', `/${encodeURIComponent(db)}`);
    if (r.status === 201 || r.status === 202) did(`created database ${db}`);
    else if (r.status !== 412)
      throw new SetupError(`create ${db}: server answered ${r.status} ${String(r.data.reason ?? '')}`);
  }
  const dbPath = `/${encodeURIComponent(team.database)}`;

  const security = securityObject(team.database);
  const current = await expect('GET', `${dbPath}/_security`, undefined, 'read the security object');
  if (!same({ admins: current.data.admins, members: current.data.members }, security)) {
    await expect('PUT', `${dbPath}/_security`, security, 'write the security object');
    did(`set readers of ${team.database}: roles ${security.members.roles.join(', ')}`);
  }

  const design = designDocument(team.database);
  const stored = await admin.request('GET', `${dbPath}/${DESIGN_DOC_ID}`);
  if (stored.status !== 200 || stored.data.validate_doc_update !== design.validate_doc_update) {
    const rev = stored.status === 200 ? { _rev: stored.data._rev } : {};
    await expect('PUT', `${dbPath}/${DESIGN_DOC_ID}`, { ...design, ...rev }, 'write the validation rules');
    did(`${stored.status === 200 ? 'updated' : 'created'} the validation rules (${DESIGN_DOC_ID})`);
  }

  const prefix = `${team.database}:`;
  for (const m of team.members) {
    const found = await admin.request('GET', userPath(m.name));
    const user = found.status === 200 ? found.data : undefined;
    const kept = ((user?.roles as string[] | undefined) ?? []).filter((r) => !r.startsWith(prefix));
    const roles = [...kept, teamRole(team.database, m.role)];
    const passwordOk = user ? await admin.canSignIn(m.name, m.password) : false;
    if (user && same(user.roles, roles) && passwordOk) continue;
    const doc = { ...user, _id: USER_PREFIX + m.name, name: m.name, type: 'user', roles };
    await expect(
      'PUT',
      userPath(m.name),
      passwordOk ? doc : { ...doc, password: m.password },
      `write user ${m.name}`,
    );
    if (!user) did(`created user ${m.name} (${m.role})`);
    else if (!same(user.roles, roles))
      did(`set ${m.name}'s role to ${m.role}${passwordOk ? '' : ', and the password'}`);
    else did(`changed ${m.name}'s password`);
  }

  const listed = new Set(team.members.map((m) => m.name));
  const all = await expect('GET', '/_users/_all_docs?include_docs=true', undefined, 'list users');
  for (const row of (all.data.rows as { doc?: Record<string, unknown> }[] | undefined) ?? []) {
    const user = row.doc;
    const roles = (user?.roles as string[] | undefined) ?? [];
    if (
      !user ||
      typeof user.name !== 'string' ||
      listed.has(user.name) ||
      !roles.some((r) => r.startsWith(prefix))
    )
      continue;
    await expect(
      'PUT',
      userPath(user.name),
      { ...user, roles: roles.filter((r) => !r.startsWith(prefix)) },
      'remove a member',
    );
    did(`removed ${user.name} from ${team.database} (no longer in TEAM.json)`);
  }
  log(
    changes
      ? `done: ${changes} change(s) on ${admin.server}`
      : `nothing to change: ${team.database} is set up`,
  );
  return changes;
}
