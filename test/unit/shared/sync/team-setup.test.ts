import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, SetupError } from '../../../../scripts/team/admin-client';
import { parseTeamFile, setupTeam } from '../../../../scripts/team/setup';
import { securityObject } from '../../../../shared/sync/team-config';
import { startTeamServer, type TeamServer } from '../../../support/team-server';
import { setUp, TEAM } from './team-fixture';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server.stop());

async function snapshot(s: TeamServer) {
  const admin = adminClient(s.adminUrl);
  const dbs = await admin.request('GET', '/_all_dbs');
  const users = await admin.request('GET', '/_users/_all_docs?include_docs=true');
  const rows = (users.data.rows as { doc: { name?: string; roles?: string[] } }[]) ?? [];
  return { dbs: dbs.data, users: rows.map((r) => [r.doc.name, r.doc.roles]) };
}

describe('npm run team -- setup', { timeout: 60_000 }, () => {
  it('refuses bad input with a one-line reason and changes nothing', async () => {
    const before = await snapshot(server);
    const bad: [() => unknown, RegExp][] = [
      [() => parseTeamFile('{'), /not JSON/],
      [
        () => parseTeamFile('{"database":"x","members":[{"password":"12345678","role":"rep"}]}'),
        /members\.0\.name/,
      ],
      [
        () => parseTeamFile('{"database":"x","members":[{"name":"a","password":"12345678","role":"boss"}]}'),
        /role/,
      ],
      [() => parseTeamFile('{"database":"Bad Name","members":[]}'), /database/],
      [() => adminClient(undefined), /COUCHDB_URL is not set/],
      [() => adminClient('http://127.0.0.1:1'), /no admin name/],
    ];
    for (const [run, why] of bad) expect(run).toThrow(why);
    const wrong = adminClient(server.adminUrl.replace('admin-secret', 'guess'));
    await expect(setupTeam(wrong, TEAM, () => {})).rejects.toThrow(/admin name or password .* is wrong/);
    const gone = adminClient('http://admin:x@127.0.0.1:9');
    await expect(setupTeam(gone, TEAM, () => {})).rejects.toThrow(SetupError);
    await expect(setupTeam(gone, TEAM, () => {})).rejects.toThrow(/cannot reach/);
    expect(await snapshot(server)).toEqual(before);
  });

  it('creates what is missing, says so, and a second run changes nothing', async () => {
    const first = await setUp(server);
    expect(first).toContain('created database embudo-acme');
    expect(first).toContain('created user lia (lead)');
    expect(first.join('\n')).toMatch(/validation rules/);
    const admin = adminClient(server.adminUrl);
    expect((await admin.request('GET', '/embudo-acme/_security')).data).toMatchObject(
      securityObject('embudo-acme'),
    );
    expect(await setUp(server)).toEqual(['nothing to change: embudo-acme is set up']);
  });

  it('changes what differs: a role, a password, a member who left', async () => {
    const changed = {
      ...TEAM,
      members: [
        { name: 'ana', password: 'ana-password', role: 'lead' as const },
        { name: 'lia', password: 'new-lia-password', role: 'lead' as const },
      ],
    };
    const log = await setUp(server, changed);
    expect(log).toContain("set ana's role to lead");
    expect(log).toContain("changed lia's password");
    expect(log).toContain('removed bo from embudo-acme (no longer in TEAM.json)');
    const admin = adminClient(server.adminUrl);
    expect(await admin.canSignIn('lia', 'new-lia-password')).toBe(true);
    expect(await setUp(server, changed)).toEqual(['nothing to change: embudo-acme is set up']);
    await setUp(server); // back to the shared fixture
  });
});
