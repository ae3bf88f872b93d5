import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { buildLeadHistories } from '../../../../shared/metrics/lead-histories';
import { mergeHistories } from '../../../../shared/metrics/merge-histories';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { teamFigures } from '../../../../shared/metrics/team-figures';
import { SettingsSchema } from '../../../../shared/model/settings';
import { generatePipeline } from '../../../support/generate-pipeline';

const NOW = Date.UTC(2026, 10, 27, 12);
const settings = SettingsSchema.parse({});
const period = resolvePeriod('last-90', NOW, 'UTC');

/** A rep's pipeline with ids prefixed as the team's combined figures prefix them. */
function rep(prefix: string, seed: number, leads: number, sources?: string[]) {
  const g = generatePipeline({ leads, seed, now: NOW, spanDays: 200 });
  const pick = (i: number, s: string) => (sources ? (sources[i % sources.length] as string) : s);
  return {
    leads: g.leads.map((l, i) => ({ ...l, id: prefix + l.id, source: pick(i, l.source) })),
    events: g.stageEvents.map((e) => ({ ...e, leadId: prefix + e.leadId })),
  };
}

describe('mergeHistories', () => {
  // Different sources in a different order per rep, and a rep with no leads at all.
  const reps = [rep('1/', 3, 80), rep('2/', 4, 0), rep('3/', 5, 120, ['referral', 'linkedin', 'a new one'])];
  const leads = reps.flatMap((r) => r.leads);
  const events = reps.flatMap((r) => r.events);

  it('equals one replay of every rep’s leads and events end to end', () => {
    const parts = reps.map((r) => buildLeadHistories(r.leads, r.events, 'consideration'));
    const merged = mergeHistories(parts, leads);
    const whole = buildLeadHistories(leads, events, 'consideration');
    // Stay columns are sized to the events, of which only `count` are filled.
    const filled = (h: typeof whole) => ({
      ...h,
      stays: {
        ...h.stays,
        stage: h.stays.stage.slice(0, h.stays.count),
        end: h.stays.end.slice(0, h.stays.count),
        days: h.stays.days.slice(0, h.stays.count),
      },
    });
    expect(filled(merged)).toEqual(filled(whole));
    expect(merged.lostReason.length).toBe(leads.length);
    const input = { leads, events, settings, period, now: NOW };
    expect(computeMetrics(input, merged)).toEqual(computeMetrics(input));
  });

  it('gives the team’s combined figures of a replay over everyone’s records', () => {
    const own = (r: (typeof reps)[number], n: number) => ({
      owner: `rep${n}`,
      leads: r.leads.map((l) => ({ ...l, id: l.id.slice(2) })),
      events: r.events.map((e) => ({ ...e, leadId: e.leadId.slice(2) })),
    });
    const f = teamFigures({ reps: reps.map(own), settings, period, now: NOW });
    expect(f.combined.report).toEqual(computeMetrics({ leads, events, settings, period, now: NOW }));
  });
});
