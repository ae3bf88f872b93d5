import fc from 'fast-check';
import type { FieldChange, Lead } from '../../../../shared/model/lead';
import { STAGE_IDS, type StageId } from '../../../../shared/process/stage-list';
import { stampClock } from '../../../../shared/sync/field-clock';
import type { LeadState } from '../../../../shared/sync/lead-merge';

/**
 * A model of what a rep does to one lead on one device, for the merge
 * properties: edits of a few fields (with the data layer's `changes` records
 * and clock stamps) and stage moves (an appended event).
 */
export const T0 = 1_700_000_000_000;
export const BASE: LeadState = {
  lead: {
    id: 'l1',
    kind: 'person',
    name: 'Ana Pérez',
    source: 'linkedin',
    stage: 'awareness',
    status: 'open',
    currency: 'EUR',
    createdAt: T0,
    updatedAt: T0,
    stageChangedAt: T0,
    company: 'Acme',
  },
  events: [
    { leadId: 'l1', fromStage: null, toStage: 'awareness', fromStatus: null, toStatus: 'open', at: T0 },
  ],
  clock: { name: T0, source: T0, kind: T0, currency: T0, company: T0 },
};

export type Op =
  | {
      kind: 'edit';
      field: 'company' | 'notes' | 'nextStep' | 'value';
      value: string | number | undefined;
      dt: number;
    }
  | { kind: 'move'; to: StageId; status: 'open' | 'won' | 'lost'; dt: number };

export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    field: fc.constantFrom('company' as const, 'notes' as const, 'nextStep' as const),
    value: fc.constantFrom('A', 'B', 'C', '', undefined),
    dt: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    field: fc.constant('value' as const),
    value: fc.constantFrom(100, 250, undefined),
    dt: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    to: fc.constantFrom(...STAGE_IDS),
    status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
    dt: fc.integer({ min: 0, max: 5 }),
  }),
);

/** `state` after `o` at time `at`, as the data layer would write it. */
export function apply(state: LeadState, o: Op, at: number): LeadState {
  const before = state.lead;
  if (o.kind === 'edit') {
    const lead: Record<string, unknown> = { ...before, updatedAt: Math.max(at, before.updatedAt) };
    const previous = before[o.field];
    if (o.value === previous) return state;
    const changes: FieldChange[] = [...(before.changes ?? [])];
    if (previous !== undefined && previous !== '')
      changes.push({ field: o.field, previous: String(previous), at, by: 'rep' });
    if (o.value === undefined) delete lead[o.field];
    else lead[o.field] = o.value;
    if (changes.length) lead.changes = changes;
    const next = lead as Lead;
    return { lead: next, events: state.events, clock: stampClock(before, next, state.clock, at) };
  }
  const event = {
    leadId: before.id,
    fromStage: before.stage,
    toStage: o.to,
    fromStatus: before.status,
    toStatus: o.status,
    at,
  };
  const lead = { ...before, stage: o.to, status: o.status, stageChangedAt: at, updatedAt: at };
  return { lead, events: [...state.events, event], clock: state.clock };
}

/** Every value an edit in `ops` ever set, per field (what must never be lost). */
export function valuesSet(ops: Op[]): { field: string; value: string }[] {
  return ops.flatMap((o) =>
    o.kind === 'edit' && o.value !== undefined && o.value !== ''
      ? [{ field: o.field, value: String(o.value) }]
      : [],
  );
}
