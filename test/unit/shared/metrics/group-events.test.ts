import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../../../shared/metrics/group-events';
import type { Lead } from '../../../../shared/model/lead';
import type { StageEvent } from '../../../../shared/model/stage-event';
import { pipeline } from './arbitrary-pipeline';

const creationFirst = (a: StageEvent, b: StageEvent) =>
  (a.fromStage === null ? 0 : 1) - (b.fromStage === null ? 0 : 1);

/** The plain definition (a creation event first among events at the same instant): each lead's events, stably sorted by time; events of unknown leads dropped. */
function naive(leads: readonly Lead[], events: readonly StageEvent[]): StageEvent[][] {
  return leads.map((l) =>
    events
      .map((e, k) => ({ e, k }))
      .filter(({ e }) => e.leadId === l.id)
      .sort((a, b) => a.e.at - b.e.at || creationFirst(a.e, b.e) || a.k - b.k)
      .map(({ e }) => e),
  );
}

function grouped(leads: readonly Lead[], events: readonly StageEvent[]): StageEvent[][] {
  const { offsets, order } = groupEvents(leads, events);
  return leads.map((_, i) => {
    const out: StageEvent[] = [];
    for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) {
      out.push(events[order[s] as number] as StageEvent);
    }
    return out;
  });
}

const lead = (id: string): Lead => ({
  id,
  kind: 'person',
  name: id,
  source: 'web',
  stage: 'awareness',
  status: 'open',
  currency: 'EUR',
  createdAt: 0,
  updatedAt: 0,
  stageChangedAt: 0,
});
const ev = (leadId: string, at: number): StageEvent => ({
  leadId,
  fromStage: 'awareness',
  toStage: 'interest',
  fromStatus: 'open',
  toStatus: 'open',
  at,
});

describe('groupEvents', () => {
  it('groups events stored in lead and time order, stepping over leads without events', () => {
    const leads = ['a', 'b', 'c', 'd'].map(lead);
    const events = [ev('a', 1), ev('a', 2), ev('c', 1), ev('c', 1), ev('c', 5)];
    const g = groupEvents(leads, events);
    expect(Array.from(g.offsets)).toEqual([0, 2, 2, 5, 5]);
    expect(Array.from(g.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('sorts by time and regroups when the stored order is not the leads’ order', () => {
    const leads = ['a', 'b', 'c'].map(lead);
    const cases = [
      [ev('a', 2), ev('a', 1), ev('b', 1)], // out of time order
      [ev('b', 1), ev('a', 1), ev('a', 2)], // leads out of order
      [ev('a', 1), ev('b', 1), ev('a', 2)], // a lead's events split
      [ev('a', 1), ev('x', 1), ev('b', 1)], // an event of an unknown lead
    ];
    for (const events of cases) expect(grouped(leads, events)).toEqual(naive(leads, events));
  });

  it('matches the plain definition on any stored order', () => {
    fc.assert(
      fc.property(pipeline, fc.boolean(), fc.boolean(), (data, reverse, orphan) => {
        // The arbitrary stores events reversed; undo it half the time for the already-ordered case too.
        const events = reverse ? [...data.events].reverse() : [...data.events];
        if (orphan) events.push(ev('nobody', 0));
        expect(grouped(data.leads, events)).toEqual(naive(data.leads, events));
      }),
      { numRuns: 200 },
    );
  });
});

describe('events at the same instant', () => {
  it('puts the creation first, so a lead created and won at once ends won', () => {
    const lead = { id: 'a' } as Lead;
    const won: StageEvent = {
      leadId: 'a',
      fromStage: 'awareness',
      toStage: 'purchase',
      fromStatus: 'open',
      toStatus: 'won',
      at: 5,
    };
    const created: StageEvent = {
      leadId: 'a',
      fromStage: null,
      toStage: 'awareness',
      fromStatus: null,
      toStatus: 'open',
      at: 5,
    };
    expect(grouped([lead], [won, created])).toEqual([[created, won]]);
    expect(grouped([lead], [created, won])).toEqual([[created, won]]);
  });
});
