import { describe, expect, it } from 'vitest';
import { buildLeadHistories, LOST, OPEN, stagesInMask, WON } from '../../../../shared/metrics/lead-histories';
import type { Lead } from '../../../../shared/model/lead';
import type { StageEvent } from '../../../../shared/model/stage-event';

const DAY = 86_400_000;
const base: Lead = {
  id: 'a',
  kind: 'person',
  name: 'A',
  source: 'web',
  stage: 'awareness',
  status: 'open',
  currency: 'EUR',
  createdAt: 0,
  updatedAt: 0,
  stageChangedAt: 0,
};
const ev = (e: Partial<StageEvent> & Pick<StageEvent, 'toStage' | 'at'>): StageEvent => ({
  leadId: 'a',
  fromStage: 'awareness',
  fromStatus: 'open',
  toStatus: 'open',
  ...e,
});

describe('buildLeadHistories', () => {
  it('reads a lead without events from its fields (opportunity since it entered its stage)', () => {
    const h = buildLeadHistories(
      [{ ...base, stage: 'decision', stageChangedAt: 5 * DAY }],
      [],
      'consideration',
    );
    expect([h.stage[0], h.status[0], h.maxReached[0], h.opportunityAt[0]]).toEqual([3, OPEN, 3, 5 * DAY]);
    expect(h.closedAt[0]).toBeNaN();
  });

  it('trusts the latest event over stale lead fields', () => {
    const h = buildLeadHistories(
      [{ ...base, status: 'won', stage: 'purchase' }],
      [
        ev({ toStage: 'interest', at: DAY }),
        ev({ fromStage: 'interest', toStage: 'interest', toStatus: 'lost', at: 3 * DAY }),
      ],
      'consideration',
    );
    expect([h.stage[0], h.status[0], h.closedAt[0], h.maxReached[0]]).toEqual([1, LOST, 3 * DAY, 1]);
    expect(h.opportunityAt[0]).toBeNaN();
  });

  it('without a creation event, the first stay starts at createdAt in the event’s fromStage', () => {
    const h = buildLeadHistories(
      [{ ...base, createdAt: 2 * DAY }],
      [ev({ fromStage: 'interest', toStage: 'consideration', at: 9 * DAY })],
      'consideration',
    );
    expect(h.stays.count).toBe(1);
    expect([h.stays.stage[0], h.stays.days[0], h.stays.end[0]]).toEqual([1, 7, 9 * DAY]);
    expect(h.opportunityAt[0]).toBe(9 * DAY);
  });

  it('a win moved straight to a loss keeps the later close', () => {
    const h = buildLeadHistories(
      [base],
      [
        ev({ fromStage: 'decision', toStage: 'purchase', toStatus: 'won', at: 4 * DAY }),
        ev({
          fromStage: 'purchase',
          toStage: 'purchase',
          fromStatus: 'won',
          toStatus: 'lost',
          lostReason: 'Refund',
          at: 6 * DAY,
        }),
      ],
      'consideration',
    );
    expect([h.status[0], h.closedAt[0], h.closedStage[0], h.lostReason[0], h.maxReached[0]]).toEqual([
      LOST,
      6 * DAY,
      4,
      'Refund',
      4,
    ]);
  });

  it('orders events at the same instant as stored, and ignores unknown leads', () => {
    const h = buildLeadHistories(
      [base],
      [
        ev({ leadId: 'zzz', toStage: 'decision', at: 0 }),
        ev({ fromStage: 'interest', toStage: 'purchase', toStatus: 'won', at: DAY }),
        ev({ toStage: 'interest', at: DAY }),
      ],
      'consideration',
    );
    // Stored order at t = 1 day: won first, then a move to Interest: the last event wins.
    expect([h.stage[0], h.status[0]]).toEqual([1, OPEN]);
  });

  it('records skips from `skipped` and from the stage gap, and forgets a skip once visited', () => {
    const h = buildLeadHistories(
      [base],
      [
        ev({ toStage: 'consideration', skipped: ['interest'], at: DAY }),
        ev({ fromStage: 'consideration', toStage: 'purchase', toStatus: 'won', at: 2 * DAY }),
      ],
      'consideration',
    );
    expect(stagesInMask(h.skippedEver[0] as number)).toEqual(['interest', 'decision']);
    expect(h.skipMoves[0]).toBe(2);
    expect(h.status[0]).toBe(WON);
    const back = buildLeadHistories(
      [base],
      [ev({ toStage: 'decision', at: DAY }), ev({ fromStage: 'decision', toStage: 'interest', at: 2 * DAY })],
      'consideration',
    );
    // Interest visited after the skip; Consideration is still owed.
    expect(stagesInMask(back.skippedPending[0] as number)).toEqual(['consideration']);
  });
});
