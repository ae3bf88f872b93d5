import { afterAll, beforeAll } from 'vitest';
import { adminClient } from '../../../../scripts/team/admin-client';
import { setupTeam } from '../../../../scripts/team/setup';
import { couchClient } from '../../../../shared/sync/couch-client';
import type { TeamFile } from '../../../../shared/sync/team-config';
import { cookieFetch } from '../../../support/cookie-fetch';
import { startTeamServer, type TeamServer } from '../../../support/team-server';

export const TEAM: TeamFile = {
  database: 'embudo-acme',
  members: [
    { name: 'ana', password: 'ana-password', role: 'rep' },
    { name: 'bo', password: 'bo-password', role: 'rep' },
    { name: 'lia', password: 'lia-password', role: 'lead' },
  ],
};
export const password = (name: string) => TEAM.members.find((m) => m.name === name)?.password ?? 'nope';

export async function setUp(server: TeamServer, team = TEAM, log: string[] = []): Promise<string[]> {
  await setupTeam(adminClient(server.adminUrl), team, (l) => log.push(l));
  return log;
}

/** A signed-in client of the team database, as one browser of `name`. */
export async function signedIn(server: TeamServer, name: string, database = TEAM.database) {
  const jar = cookieFetch();
  const client = couchClient({ server: server.url, database, fetch: jar.fetch, timeoutMs: 20_000 });
  await client.signIn(name, password(name));
  return { client, jar };
}

/** A server for the whole test file, set up with TEAM, stopped at the end. */
export function withTeamServer(use: (server: TeamServer) => void): void {
  let server: TeamServer | undefined;
  beforeAll(async () => {
    server = await startTeamServer();
    await setUp(server);
    use(server);
  }, 60_000);
  afterAll(() => server?.stop());
}
