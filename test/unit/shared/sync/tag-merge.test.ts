import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../../shared/model/lead';
import { type LeadState, mergeLeads, SYNC_CHANGE_BY } from '../../../../shared/sync/lead-merge';
import { BASE, T0 } from './lead-ops';

/** A copy of BASE whose rep set the picked pain points at `at`. */
const picked = (ids: string[] | undefined, at: number): LeadState => {
  const lead = { ...BASE.lead, updatedAt: at } as Lead;
  if (ids) lead.painPointIds = ids;
  else delete lead.painPointIds;
  return { ...BASE, lead, clock: { ...BASE.clock, painPointIds: at } };
};

describe('picked tags in the sync merge: later wins, as one value', () => {
  it('the later pick stands and the other set is kept in changes', () => {
    const m = mergeLeads(picked(['manual-reporting'], T0 + 10), picked(['slow-onboarding', 'demo'], T0 + 20));
    expect(m.lead.painPointIds).toEqual(['slow-onboarding', 'demo']);
    expect(m.lead.changes).toContainEqual({
      field: 'painPointIds',
      previous: '["manual-reporting"]',
      at: T0 + 10,
      by: SYNC_CHANGE_BY,
    });
    // Commutative: both copies agree.
    expect(
      mergeLeads(picked(['slow-onboarding', 'demo'], T0 + 20), picked(['manual-reporting'], T0 + 10)).lead,
    ).toEqual(m.lead);
  });

  it('unpicking on one copy stays unpicked when it is the later edit (a set union would bring it back)', () => {
    const m = mergeLeads(picked(['manual-reporting'], T0 + 10), picked(undefined, T0 + 20));
    expect(m.lead.painPointIds).toBeUndefined();
    expect(m.lead.changes?.some((c) => c.field === 'painPointIds')).toBe(true);
  });
});
