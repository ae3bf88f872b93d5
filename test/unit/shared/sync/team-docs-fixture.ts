import type { LeadDoc } from '../../../../shared/sync/team-docs';

const T0 = 1_700_000_000_000;

/** A lead document as a rep's browser would build it. */
export function leadDoc(id: string, owner: string, fields: Record<string, string> = {}, at = T0): LeadDoc {
  const clock: Record<string, number> = { name: T0, kind: T0, source: T0, currency: T0 };
  for (const f of Object.keys(fields)) clock[f] = at;
  return {
    _id: `lead:${id}`,
    type: 'lead',
    owner,
    lead: {
      id,
      kind: 'person',
      name: `Lead ${id}`,
      source: 'linkedin',
      stage: 'awareness',
      status: 'open',
      currency: 'EUR',
      createdAt: T0,
      updatedAt: at,
      stageChangedAt: T0,
      ...fields,
    },
    events: [
      { leadId: id, fromStage: null, toStage: 'awareness', fromStatus: null, toStatus: 'open', at: T0 },
    ],
    clock,
  };
}

/** `doc` after a later edit of `fields` at `at` (the data layer's clock stamps, a `changes` record per replaced value). */
export function edited(doc: LeadDoc, fields: Record<string, string>, at: number, by = 'rep'): LeadDoc {
  const lead = { ...doc.lead, ...fields, updatedAt: at };
  const before = doc.lead as Record<string, unknown>;
  const changes = [...(doc.lead.changes ?? [])];
  for (const f of Object.keys(fields))
    if (typeof before[f] === 'string' && before[f] !== '')
      changes.push({ field: f, previous: before[f] as string, at, by });
  if (changes.length) lead.changes = changes;
  const clock = { ...doc.clock };
  for (const f of Object.keys(fields)) clock[f] = at;
  return { ...doc, lead, clock };
}
