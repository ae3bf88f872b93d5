import { describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../support/team-server';
import { password, TEAM, withTeamServer } from './team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

/** A plain write as `name` (Basic auth), answering the status and, for a refusal, the reason. */
async function write(name: string | null, method: string, id: string, body?: object) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (name) headers.authorization = `Basic ${Buffer.from(`${name}:${password(name)}`).toString('base64')}`;
  const res = await fetch(`${server.url}/${TEAM.database}/${id}`, {
    method,
    headers,
    body: body && JSON.stringify(body),
  });
  const data = (await res.json()) as { rev?: string; reason?: string };
  return { status: res.status, rev: data.rev, reason: data.reason };
}

describe('the rules on the real server', { timeout: 60_000 }, () => {
  it('enforces owner and type, owner immutability, and lead-only process', async () => {
    const doc = (owner: string, extra = {}) => ({ type: 'lead', owner, ...extra });
    const own = await write('ana', 'PUT', 'lead:r1', doc('ana'));
    expect(own.status).toBe(201);
    expect(await write('ana', 'PUT', 'lead:r2', doc('bo'))).toMatchObject({
      status: 403,
      reason: /owner must be/,
    });
    expect(await write('ana', 'PUT', 'lead:r3', { owner: 'ana' })).toMatchObject({
      status: 403,
      reason: /type/,
    });
    const takeOver = await write('bo', 'PUT', 'lead:r1', { ...doc('bo'), _rev: own.rev });
    expect(takeOver).toMatchObject({ status: 403, reason: /owner must be|never changes/ });
    expect((await write('bo', 'DELETE', `lead:r1?rev=${own.rev}`)).status).toBe(403);
    const process = { type: 'process', owner: 'ana' };
    expect(await write('ana', 'PUT', 'process', process)).toMatchObject({ status: 403, reason: /team lead/ });
    const byLead = await write('lia', 'PUT', 'process', { ...process, owner: 'lia' });
    expect(byLead.status).toBe(201);
    expect((await write('ana', 'DELETE', `lead:r1?rev=${own.rev}`)).status).toBe(200);
  });

  it('lets only members read: 401 without credentials, 401 or 403 for a non-member', async () => {
    expect((await write(null, 'GET', '')).status).toBe(401);
    await fetch(`${server.url}/_users/org.couchdb.user:zed`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
      },
      body: JSON.stringify({ name: 'zed', password: 'nope', roles: ['other-team:rep'], type: 'user' }),
    });
    expect([401, 403]).toContain((await write('zed', 'GET', '')).status);
    expect((await write('ana', 'GET', '')).status).toBe(200);
  });
});
