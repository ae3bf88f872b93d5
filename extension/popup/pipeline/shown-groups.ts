import { GROUP_IDS, type GroupId } from '../../data/leads/lead-queries';

/**
 * The groups the pipeline shows. Reaching Purchase wins a deal, so its open
 * group is nearly always empty while won deals sit apart: the Won group is
 * shown as "Purchase · won" and the Purchase stage only while an open lead is
 * in it (an import can put one there). Display only: counts, values and every
 * metric still count each group as before. Pure.
 */
export function shownGroups(counts: Record<GroupId, number>): GroupId[] {
  return GROUP_IDS.filter((g) => g !== 'purchase' || counts.purchase > 0);
}
