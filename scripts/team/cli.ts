// `npm run team -- setup TEAM.json`: sets up a team database on the CouchDB server in COUCHDB_URL.
import { readFileSync } from 'node:fs';
import { adminClient, SetupError } from './admin-client';
import { parseTeamFile, setupTeam } from './setup';

const USAGE = 'usage: COUCHDB_URL=http://admin:secret@127.0.0.1:5984 npm run team -- setup TEAM.json';

async function main(args: string[]): Promise<void> {
  const [command, file] = args;
  if (command !== 'setup' || !file) throw new SetupError(USAGE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SetupError(`cannot read ${file}`);
  }
  const team = parseTeamFile(text);
  await setupTeam(adminClient(process.env.COUCHDB_URL), team, (line) => console.log(line));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`team setup: ${err instanceof SetupError ? err.message : String(err)}`);
  process.exitCode = 1;
});
