import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { ownerOfLead, teamFigures } from '../../../../shared/metrics/team-figures';
import { SettingsSchema } from '../../../../shared/model/settings';
import { repTable } from '../../../../shared/present/rep-table';
import { DAY_MS } from '../../../../shared/time/day';
import { generatePipeline } from '../../../support/generate-pipeline';

const NOW = Date.UTC(2026, 10, 27, 12);
const settings = SettingsSchema.parse({});
const period = resolvePeriod('last-90', NOW, 'UTC');
const rep = (owner: string, seed: number, leads: number) => {
  const g = generatePipeline({ leads, seed, now: NOW, spanDays: 120 });
  return { owner, leads: g.leads, events: g.stageEvents };
};

describe('teamFigures', () => {
  const reps = [rep('ana', 1, 60), rep('bo', 2, 40)];
  const f = teamFigures({ reps, settings, period, now: NOW });

  it('gives each rep their own figures and sums them into the team’s', () => {
    expect(f.reps.map((r) => [r.owner, r.leads])).toEqual([
      ['ana', 60],
      ['bo', 40],
    ]);
    const sum = (pick: (r: (typeof f.reps)[number]) => number) => f.reps.reduce((n, r) => n + pick(r), 0);
    const c = f.combined;
    expect(c.report.leadsBySource.total).toBe(sum((r) => r.report.leadsBySource.total));
    expect(c.report.openOpportunities.count).toBe(sum((r) => r.report.openOpportunities.count));
    expect(c.report.openOpportunities.weightedValue).toBeCloseTo(
      sum((r) => r.report.openOpportunities.weightedValue),
      6,
    );
    expect(c.problems.counts.stalled).toBe(sum((r) => r.problems.counts.stalled));
    expect(c.changes.moves).toBe(sum((r) => r.changes.moves));
    // Ids collide between reps (same generator): each rep's are kept apart and traced back.
    expect(new Set(c.leads.map((l) => l.id)).size).toBe(100);
    const flagged = [...c.problems.byLead.keys()];
    expect(flagged.some((id) => ownerOfLead(f, id) === 'bo')).toBe(true);
    expect(flagged.every((id) => ['ana', 'bo'].includes(ownerOfLead(f, id)))).toBe(true);
  });

  it('counts changes from the last team review, and compares with the figures it recorded', () => {
    const at = NOW - 3 * DAY_MS;
    const later = teamFigures({
      reps,
      settings,
      period,
      now: NOW,
      lastTeamReview: {
        at,
        figures: { 'open-opportunities': 1 },
        reps: { ana: { 'open-opportunities': 2 } },
      },
    });
    expect(later.since).toBe(at);
    const moves = reps[0]?.events.filter(
      (e) => e.at >= at && e.fromStage && e.toStatus === 'open' && e.fromStage !== e.toStage,
    );
    expect(later.reps[0]?.changes.moves).toBe(moves?.length);
    const open = later.combined.changes.figures.find((d) => d.key === 'open-opportunities');
    expect(open).toMatchObject({ previous: 1, delta: (open?.current ?? 0) - 1 });
    const anaOpen = later.reps[0]?.changes.figures.find((d) => d.key === 'open-opportunities');
    expect(anaOpen?.previous).toBe(2);
    // Without a review, changes cover one review cadence.
    expect(f.since).toBe(NOW - settings.reviewCadenceDays * DAY_MS);
  });

  it('lays out a rep-by-rep table in the reader’s language, team row last', () => {
    const en = repTable(f, 'en', () => 'yesterday');
    expect(en.rows.map((r) => r[0])).toEqual(['ana', 'bo', 'Whole team']);
    expect(en.columns).toContain('Stalled');
    expect(en.rows.every((r) => r.length === en.columns.length)).toBe(true);
    const es = repTable(f, 'es');
    expect(es.rows.at(-1)?.[0]).toBe('Todo el equipo');
    expect(es.columns.join(' ')).not.toMatch(/stalled|open-opportunities/);
  });
});
