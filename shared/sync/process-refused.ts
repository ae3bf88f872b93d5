import type { SyncSession } from './sync-session';
import { PROCESS_DOC_ID, ProcessDocSchema } from './team-docs';

/**
 * The server refused this browser's version of the team's process (the writer
 * is not, or no longer, one of the team's leads). Unlike a refused lead, which
 * is the rep's own data and stays to be sorted out, the process is the
 * team's: its version on the server comes back here and applies again, so the
 * rep keeps working under the team's process. With none on the server, the
 * local document goes (the rep's settings stay as they are).
 */
export async function restoreTeamProcess(s: SyncSession): Promise<void> {
  const remote = await s.client.getDoc(PROCESS_DOC_ID);
  const parsed = remote ? ProcessDocSchema.safeParse(remote) : undefined;
  const rev = typeof remote?._rev === 'string' ? remote._rev : undefined;
  await s.store.update([PROCESS_DOC_ID], () =>
    parsed?.success && rev ? { doc: parsed.data, rev, dirty: 0 } : null,
  );
}
