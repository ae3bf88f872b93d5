import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/metrics/analyse';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { type LeadHistories, stagesInMask } from '../../../../shared/metrics/lead-histories';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { localIsoDate } from '../../../../shared/metrics/time-zone';
import type { Lead } from '../../../../shared/model/lead';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../shared/model/settings';
import type { StageEvent } from '../../../../shared/model/stage-event';
import { STAGE_IDS } from '../../../../shared/process/stage-list';
import { HORIZON, ORIGIN, pipeline } from './arbitrary-pipeline';
import { eventsOf, type PlainHistory, plainFlags, plainHistory } from './reference-analyse';

const instant = fc.integer({ min: ORIGIN, max: HORIZON + 90 * 86_400_000 });
const orphan = (at: number): StageEvent => ({
  leadId: 'nobody',
  fromStage: 'awareness',
  toStage: 'interest',
  fromStatus: 'open',
  toStatus: 'open',
  at,
});

/**
 * How the events are stored: each lead's together in time order (the order
 * exports and the store keep, which the engine walks directly); the same but a
 * creation stored after a move at the same instant; reversed (the arbitrary's
 * own); shuffled; or ordered with an event of an unknown lead in the middle.
 * Leads without events sit anywhere among them. `stale` leaves some records'
 * edit and stage-change times behind their latest event.
 */
const stored = fc
  .tuple(
    pipeline,
    fc.constantFrom('ordered', 'creation-late', 'reversed', 'shuffled', 'orphan'),
    fc.nat(),
    fc.boolean(),
  )
  .map(([data, order, seed, stale]) => {
    const ordered = data.leads.flatMap((l) => eventsOf(l, data.events));
    let events = ordered;
    if (order === 'creation-late')
      // Created and moved at one instant, the move stored first.
      events = data.leads.flatMap((l) => {
        const [created, moved, ...rest] = eventsOf(l, data.events);
        if (!created || !moved) return created ? [created] : [];
        return [moved, { ...created, at: moved.at }, ...rest];
      });
    if (order === 'reversed') events = data.events;
    if (order === 'shuffled')
      events = ordered
        .map((e, k) => ({ e, key: ((k + 1) * 2654435761 + seed) % 4294967296 }))
        .sort((a, b) => a.key - b.key)
        .map(({ e }) => e);
    if (order === 'orphan') events.splice(seed % (events.length + 1), 0, orphan(ORIGIN));
    const leads = data.leads.map((l, i) =>
      stale && (i + seed) % 2 === 0 ? { ...l, updatedAt: l.createdAt, stageChangedAt: l.createdAt } : l,
    );
    return { leads, events, order };
  });

/** The optimised engine's row i read back in the reference's terms. */
function rowOf(h: LeadHistories, i: number): Omit<PlainHistory, 'stays'> {
  return {
    stage: STAGE_IDS[h.stage[i] as number] as PlainHistory['stage'],
    status: (['open', 'won', 'lost'] as const)[h.status[i] as number] as PlainHistory['status'],
    maxReached: h.maxReached[i] as number,
    opportunityAt: h.opportunityAt[i] as number,
    closedAt: h.closedAt[i] as number,
    closedStage: STAGE_IDS[h.closedStage[i] as number] as PlainHistory['stage'],
    lostReason: h.lostReason[i],
    activityAt: h.activityAt[i] as number,
    skippedEver: stagesInMask(h.skippedEver[i] as number),
    skippedPending: stagesInMask(h.skippedPending[i] as number),
    skipMoves: h.skipMoves[i] as number,
  };
}

/** The reference's histories as the columns the metric functions read. */
function columnsOf(leads: readonly Lead[], plain: PlainHistory[]): LeadHistories {
  const stage = (x: PlainHistory['stage']) => STAGE_IDS.indexOf(x);
  const mask = (xs: PlainHistory['stage'][]) => xs.reduce((m, x) => m | (1 << stage(x)), 0);
  const sources = [...new Set(leads.map((l) => l.source))];
  const stays = plain.flatMap((p) => p.stays);
  return {
    leads,
    createdAt: Float64Array.from(leads, (l) => l.createdAt),
    source: Uint32Array.from(leads, (l) => sources.indexOf(l.source)),
    sources,
    value: Float64Array.from(leads, (l) => l.value ?? Number.NaN),
    currency: leads.map((l) => l.currency),
    quality: Uint8Array.from(leads, (l) => l.quality ?? 0),
    tags: Uint8Array.from(
      leads,
      (l) => (l.painPointIds?.length ? 1 : 0) | (l.decisionHelperIds?.length ? 2 : 0),
    ),
    stage: Uint8Array.from(plain, (p) => stage(p.stage)),
    status: Uint8Array.from(plain, (p) => ['open', 'won', 'lost'].indexOf(p.status)),
    maxReached: Uint8Array.from(plain, (p) => p.maxReached),
    opportunityAt: Float64Array.from(plain, (p) => p.opportunityAt),
    closedAt: Float64Array.from(plain, (p) => p.closedAt),
    closedStage: Uint8Array.from(plain, (p) => stage(p.closedStage)),
    lostReason: plain.map((p) => p.lostReason),
    activityAt: Float64Array.from(plain, (p) => p.activityAt),
    skippedEver: Uint8Array.from(plain, (p) => mask(p.skippedEver)),
    skippedPending: Uint8Array.from(plain, (p) => mask(p.skippedPending)),
    skipMoves: Uint32Array.from(plain, (p) => p.skipMoves),
    stays: {
      count: stays.length,
      stage: Uint8Array.from(stays, (x) => stage(x.stage)),
      end: Float64Array.from(stays, (x) => x.end),
      days: Float64Array.from(stays, (x) => x.days),
    },
  };
}

describe('analyse against a plain reference', () => {
  it('replays, flags and figures every lead as the one-lead-at-a-time reference does, in any stored order', () => {
    const settings = SettingsSchema.parse({ capacity: 3, stageLimits: { decision: 2 } });
    fc.assert(
      fc.property(
        stored,
        instant,
        fc.constantFrom('UTC', 'Europe/Madrid'),
        fc.constantFrom(settings, DEFAULT_SETTINGS),
        ({ leads, events }, now, zone, s) => {
          const period = resolvePeriod({ start: ORIGIN, end: now + 1 }, now, zone);
          const input = { leads, events, settings: s, period, now };
          const out = analyse(input);
          const today = localIsoDate(now, zone);
          const plain = leads.map((l) => plainHistory(l, eventsOf(l, events), s.opportunityStage));
          const h = out.histories;
          plain.forEach((p, i) => {
            const { stays: _stays, skippedEver, skippedPending, ...rest } = p;
            expect(rowOf(h, i)).toEqual({
              ...rest,
              skippedEver: STAGE_IDS.filter((x) => skippedEver.includes(x)),
              skippedPending: STAGE_IDS.filter((x) => skippedPending.includes(x)),
            });
            expect(h.createdAt[i]).toBe((leads[i] as Lead).createdAt);
            expect(h.sources[h.source[i] as number]).toBe((leads[i] as Lead).source);
          });
          expect(h.sources).toEqual([...new Set(leads.map((l) => l.source))]);
          const stays = Array.from({ length: h.stays.count }, (_, c) => ({
            stage: STAGE_IDS[h.stays.stage[c] as number],
            end: h.stays.end[c],
            days: h.stays.days[c],
          }));
          expect(stays).toEqual(plain.flatMap((p) => p.stays));
          // Problems: the same flags on the same leads, counted the same way.
          const expected = new Map<string, unknown>();
          leads.forEach((l, i) => {
            const flags = plainFlags(l, plain[i] as PlainHistory, s, now, today);
            if (flags.length > 0) expected.set(l.id, flags);
          });
          // Lead by lead, so a failure prints one lead's flags rather than a diff of two large maps.
          for (const l of leads) expect(out.problems.byLead.get(l.id)).toEqual(expected.get(l.id));
          expect([...out.problems.byLead.keys()]).toEqual([...expected.keys()]);
          const open = plain.filter((p) => p.status === 'open');
          const openOpps = open.filter(
            (p) => STAGE_IDS.indexOf(p.stage) >= STAGE_IDS.indexOf(s.opportunityStage),
          ).length;
          expect(out.problems.pipeline.some((f) => f.rule === 'capacity')).toBe(openOpps > s.capacity);
          // Figures: what the metrics make of the reference's histories.
          expect(out.report).toEqual(computeMetrics(input, columnsOf(leads, plain)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
