import { describe, expect, it } from 'vitest';
import { adminClient, SetupError } from '../../../../scripts/team/admin-client';
import { publishPlaybook } from '../../../../scripts/team/publish-playbook';
import { ProcessSettingsSchema } from '../../../../shared/sync/team-docs';
import type { TeamServer } from '../../../support/team-server';
import { signedIn, TEAM, withTeamServer } from '../../shared/sync/team-fixture';

let server: TeamServer;
withTeamServer((s) => {
  server = s;
});

describe('npm run team -- publish-playbook', { timeout: 120_000 }, () => {
  it('puts the playbook on the team server under the team’s process, readable by members', async () => {
    const admin = adminClient(server.adminUrl);
    const db = `/${TEAM.database}`;
    const log: string[] = [];
    const first = await publishPlaybook(admin, TEAM.database, (l) => log.push(l));
    expect(first).toBe(`${server.url}${db}/_design/embudo-playbook/index.html`);
    expect(log[0]).toMatch(/built-in/);

    // The lead's process renames a stage; publishing again replaces the attachments.
    const settings = ProcessSettingsSchema.parse({ stageNames: { en: { awareness: 'Prospecting' } } });
    const saved = await admin.request('PUT', `${db}/process`, {
      type: 'process',
      owner: 'lia',
      updatedAt: 1,
      settings,
    });
    expect(saved.status).toBe(201);
    await publishPlaybook(admin, TEAM.database, (l) => log.push(l));
    expect(log).toContain("process: the team's, saved by lia");

    const { jar } = await signedIn(server, 'ana');
    const page = await jar.fetch(`${server.url}${db}/_design/embudo-playbook/en.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('Prospecting');
    expect(html).toContain('id="team-db-form"');
    const script = await jar.fetch(`${server.url}${db}/_design/embudo-playbook/team-review.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(1000);
    // The live process's bundle goes along: the page reads the team's `process` when opened.
    const live = await jar.fetch(`${server.url}${db}/_design/embudo-playbook/team-process.js`);
    expect(live.status).toBe(200);
    expect(await live.text()).toContain('EmbudoTeamProcess');
    // Not for strangers: the playbook is as private as the data.
    expect((await fetch(`${server.url}${db}/_design/embudo-playbook/en.html`)).status).toBe(401);
  });

  it('refuses a database that does not exist, and writes nothing', async () => {
    await expect(publishPlaybook(adminClient(server.adminUrl), 'no-such-team', () => {})).rejects.toThrow(
      SetupError,
    );
  });
});
