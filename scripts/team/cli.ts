// `npm run team -- setup TEAM.json`: sets up a team database on the CouchDB server in COUCHDB_URL.
// `npm run team -- publish-playbook DATABASE`: puts the team's playbook on that server.
import { readFileSync } from 'node:fs';
import { adminClient, SetupError } from './admin-client';
import { publishPlaybook } from './publish-playbook';
import { parseTeamFile, setupTeam } from './setup';

const USAGE = `usage: COUCHDB_URL=http://admin:secret@127.0.0.1:5984 npm run team -- setup TEAM.json
       COUCHDB_URL=http://admin:secret@127.0.0.1:5984 npm run team -- publish-playbook DATABASE`;

async function main(args: string[]): Promise<void> {
  const [command, arg] = args;
  if (command === 'publish-playbook' && arg) {
    await publishPlaybook(adminClient(process.env.COUCHDB_URL), arg, (line) => console.log(line));
    return;
  }
  if (command !== 'setup' || !arg) throw new SetupError(USAGE);
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch {
    throw new SetupError(`cannot read ${arg}`);
  }
  const team = parseTeamFile(text);
  await setupTeam(adminClient(process.env.COUCHDB_URL), team, (line) => console.log(line));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`team ${process.argv[2] ?? ''}: ${err instanceof SetupError ? err.message : String(err)}`);
  process.exitCode = 1;
});
