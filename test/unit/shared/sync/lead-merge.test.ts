import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeadSchema } from '../../../../shared/model/lead';
import { eventKey } from '../../../../shared/sync/event-union';
import { type LeadState, mergeLeads, SYNC_CHANGE_BY } from '../../../../shared/sync/lead-merge';
import { apply, BASE, type Op, op, T0, valuesSet } from './lead-ops';

/** Plays `ops` on BASE from `start`, one op per time step (plus the op's own delay). */
function play(ops: Op[], start = T0 + 1): LeadState {
  let s = BASE;
  let t = start;
  for (const o of ops) {
    t += o.dt + 1;
    s = apply(s, o, t);
  }
  return s;
}
const copy = fc.array(op, { maxLength: 8 }).map((ops) => play(ops));
const step = fc.constantFrom('a', 'b', 'a-pulls', 'b-pulls', 'both');

/** Nothing lost: each value ever set stands or is in `changes`; every move is in the history. */
function expectNothingLost(final: LeadState, ops: Op[]) {
  const lead = final.lead as Record<string, unknown>;
  for (const { field, value } of valuesSet(ops)) {
    const kept =
      String(lead[field]) === value ||
      (final.lead.changes ?? []).some((c) => c.field === field && c.previous === value);
    expect(kept, `${field}=${value}`).toBe(true);
  }
  const keys = new Set(final.events.map(eventKey));
  expect(keys.size).toBe(final.events.length);
}

describe('lead merge rules', () => {
  it('keeps the later value and records the other one in changes', () => {
    const a = apply(BASE, { kind: 'edit', field: 'company', value: 'Acme Iberia', dt: 0 }, T0 + 10);
    const b = apply(BASE, { kind: 'edit', field: 'company', value: 'Acme Spain', dt: 0 }, T0 + 20);
    const m = mergeLeads(a, b);
    expect(m.lead.company).toBe('Acme Spain');
    expect(m.lead.changes).toContainEqual({
      field: 'company',
      previous: 'Acme Iberia',
      at: T0 + 10,
      by: 'sync',
    });
    expect(m.lead.changes).toContainEqual({ field: 'company', previous: 'Acme', at: T0 + 20, by: 'rep' });
    expect(LeadSchema.parse(m.lead)).toEqual(m.lead);
  });

  it('unites stage histories and takes the stage of the last move', () => {
    const a = apply(BASE, { kind: 'move', to: 'interest', status: 'open', dt: 0 }, T0 + 10);
    const b = apply(BASE, { kind: 'move', to: 'decision', status: 'open', dt: 0 }, T0 + 20);
    const m = mergeLeads(a, b);
    expect(m.events.map((e) => e.toStage)).toEqual(['awareness', 'interest', 'decision']);
    expect([m.lead.stage, m.lead.stageChangedAt]).toEqual(['decision', T0 + 20]);
    expect(mergeLeads(m, a)).toEqual(m);
  });

  it('breaks a tie of equal times the same way on both sides', () => {
    const a = apply(BASE, { kind: 'edit', field: 'notes', value: 'A', dt: 0 }, T0 + 5);
    const b = apply(BASE, { kind: 'edit', field: 'notes', value: 'B', dt: 0 }, T0 + 5);
    expect(mergeLeads(a, b)).toEqual(mergeLeads(b, a));
    expect(mergeLeads(a, b).lead.notes).toBe('B');
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        expect(mergeLeads(a, b)).toEqual(mergeLeads(b, a));
        expect(mergeLeads(mergeLeads(a, b), c)).toEqual(mergeLeads(a, mergeLeads(b, c)));
        const m = mergeLeads(a, b);
        expect(mergeLeads(m, m)).toEqual(m);
        expect(mergeLeads(m, a)).toEqual(m);
      }),
      { numRuns: 300 },
    );
  });

  it('any interleaving of two edit sequences converges, with nothing lost', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 10 }),
        fc.array(op, { maxLength: 10 }),
        fc.array(step),
        (opsA, opsB, steps) => {
          let [a, b] = [BASE, BASE];
          let [i, j, t] = [0, 0, T0];
          const next = (o: Op) => {
            t += o.dt + 1;
            return t;
          };
          for (const s of [...steps, ...opsA.map(() => 'a'), ...opsB.map(() => 'b')]) {
            if (s === 'a' && i < opsA.length) a = apply(a, opsA[i] as Op, next(opsA[i++] as Op));
            else if (s === 'b' && j < opsB.length) b = apply(b, opsB[j] as Op, next(opsB[j++] as Op));
            else if (s === 'a-pulls') a = mergeLeads(a, b);
            else if (s === 'b-pulls') b = mergeLeads(b, a);
            else if (s === 'both') [a, b] = [mergeLeads(a, b), mergeLeads(b, a)];
          }
          // The end of any sync round: one side pushes, the other pulls, then back.
          b = mergeLeads(b, a);
          a = mergeLeads(a, b);
          expect(a).toEqual(b);
          expectNothingLost(a, [...opsA, ...opsB]);
          expect(a.lead.changes?.every((c) => c.by !== SYNC_CHANGE_BY || c.previous !== '')).not.toBe(false);
          expect(LeadSchema.safeParse(a.lead).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
