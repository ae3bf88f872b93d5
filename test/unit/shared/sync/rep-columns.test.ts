import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../../shared/model/lead';
import type { StageEvent } from '../../../../shared/model/stage-event';
import {
  figureLead,
  packRep,
  type RepLead,
  unpackRep,
  unpackRepLeads,
} from '../../../../shared/sync/rep-columns';
import { RepColumnsSchema } from '../../../../shared/sync/rep-columns-check';
import { generatePipeline } from '../../../support/generate-pipeline';

const NOW = Date.UTC(2026, 10, 27, 12);

/** A rep's leads as documents hold them, by document id, with every kind of event extra. */
function repLeads(): Map<string, RepLead> {
  const g = generatePipeline({ leads: 40, seed: 5, now: NOW });
  const byLead = new Map<string, Omit<StageEvent, 'id'>[]>();
  for (const { id: _id, ...e } of g.stageEvents) byLead.set(e.leadId, [...(byLead.get(e.leadId) ?? []), e]);
  const first = g.leads[0] as Lead;
  const odd = byLead.get(first.id) ?? [];
  // A skip and a lost reason on the first lead's events; a lead with no events at all.
  if (odd[0]) odd[0] = { ...odd[0], skipped: ['interest', 'consideration'] };
  odd.push({
    leadId: first.id,
    fromStage: 'decision',
    toStage: 'decision',
    fromStatus: 'open',
    toStatus: 'lost',
    at: NOW,
    lostReason: 'Precio',
  });
  byLead.set(first.id, odd);
  byLead.set(g.leads[1]?.id as string, []);
  const leads = g.leads.map((l, i): Lead => (i === 2 ? { ...l, notes: 'long notes', headline: 'CEO' } : l));
  return new Map(leads.map((lead) => [`lead:${lead.id}`, { lead, events: byLead.get(lead.id) ?? [] }]));
}

describe('a rep packed into columns', () => {
  it('gives back every lead (the fields figures read) and every event, in document id order', () => {
    const input = repLeads();
    const packed = packRep('bo', input);
    const ids = [...input.keys()].sort();
    expect(packed.docIds).toEqual(ids);
    const { leads, events } = unpackRep(packed);
    expect(leads).toEqual(ids.map((id) => figureLead(input.get(id)?.lead as Lead)));
    expect(events).toEqual(ids.flatMap((id) => input.get(id)?.events ?? []));
    expect(unpackRepLeads(packed)).toEqual(
      new Map(
        ids.map((id) => [
          id,
          { lead: figureLead(input.get(id)?.lead as Lead), events: input.get(id)?.events },
        ]),
      ),
    );
    // Free text no figure reads stays in the documents.
    expect(leads.some((l) => 'notes' in l || 'headline' in l)).toBe(false);
    expect(RepColumnsSchema.safeParse(packed).success).toBe(true);
  });

  it('is refused when its columns do not agree', () => {
    const packed = packRep('bo', repLeads());
    const bad = [
      { ...packed, runs: packed.runs.slice(1) },
      { ...packed, toStage: packed.toStage.map(() => 99) },
      { ...packed, toStatus: packed.toStatus.map(() => -1) },
      { ...packed, leads: packed.leads.map(() => ({})) },
      { ...packed, at: [...packed.at] },
      { ...packed, v: 2 },
    ];
    for (const b of bad) expect(RepColumnsSchema.safeParse(b).success).toBe(false);
  });
});
