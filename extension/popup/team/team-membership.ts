import { getDb } from '../../data/db';
import { readSyncConfig } from '../../data/sync/sync-config';
import { teamMember } from '../navigation-store';

/** Offers the Team screen when this browser syncs with a team. */
export async function checkTeamMembership(): Promise<void> {
  teamMember.value = (await readSyncConfig(getDb())) !== undefined;
}
