import type { Lead } from '../../../shared/model/lead';
import type { MoveInput } from '../../data/leads/lead-repository';
import { t } from '../../ui/i18n';
import { database } from '../lazy-database';
import { showNotice } from '../ui/notice-store';
import { refreshAfterWrite } from './pipeline-store';

/** Moves a lead from a list (a board drop, a problem row), says so, and redraws everything that counts leads. */
export async function moveAndRefresh(lead: Pick<Lead, 'id'>, move: MoveInput): Promise<void> {
  // The write path (and zod with it) loads on the first move, not with the board: the popup's
  // first paint stays zod-free.
  const { moveLead } = await import('../../data/leads/lead-repository');
  const moved = await moveLead(await database(), lead.id, move);
  showNotice({ text: t('leadMoved', moved.name) });
  await refreshAfterWrite();
}
