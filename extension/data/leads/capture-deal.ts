import type { CaptureDeal } from '../../../shared/capture/deal';
import { TAG_FIELDS, type TagField } from '../../../shared/model/contact-fields';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import type { StageId } from '../../../shared/process/stage-list';
import { applyEdit, type LeadEdit } from './lead-edits';
import { movedLead } from './lead-move';

/** The deal's field values (not its stage); an absent field is left alone, never cleared. */
function dealEdit(deal: CaptureDeal | undefined, lead?: Lead): LeadEdit {
  if (!deal) return {};
  const { stage: _stage, currency, ...rest } = deal;
  const edit: LeadEdit = Object.fromEntries(
    Object.entries(rest).filter(([k, v]) => v !== undefined && !TAG_FIELDS.includes(k as TagField)),
  );
  // A capture adds its picks to the lead's own and never takes one away (the lead detail does that).
  for (const f of TAG_FIELDS) {
    const had = lead?.[f] ?? [];
    const more = (deal[f] ?? []).filter((id) => !had.includes(id));
    if (more.length) edit[f] = [...had, ...more];
  }
  // A known lead keeps its currency once it has a value: the rep's default would silently re-denominate it.
  if (currency && deal.value !== undefined && lead?.value === undefined) edit.currency = currency;
  return edit;
}

/** What a new lead starts with: the deal's fields and its stage (Awareness when none was chosen). */
export function dealFields(deal: CaptureDeal | undefined): { fields: LeadEdit; stage: StageId } {
  const fields = dealEdit(deal);
  if (deal?.currency && deal.value !== undefined) fields.currency = deal.currency;
  return { fields, stage: deal?.stage ?? 'awareness' };
}

/**
 * A captured lead that already existed, with the rep's deal fields: values
 * replaced go to `changes` as any edit's do, and a chosen stage is a move with
 * its StageEvent (so history and metrics see it). Pure.
 */
export function applyDeal(
  lead: Lead,
  deal: CaptureDeal | undefined,
  now: number,
): { lead: Lead; event?: StageEvent } {
  const edited = applyEdit(lead, dealEdit(deal, lead), now, 'edit') as Lead;
  const moved = deal?.stage ? movedLead(edited, { stage: deal.stage }, now) : null;
  return moved ? { lead: moved.next as Lead, event: moved.event } : { lead: edited };
}
