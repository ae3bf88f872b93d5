import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackupBytes } from '../../../../shared/backup/read-backup';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { findProblems } from '../../../../shared/metrics/problems';
import { reportJson } from '../../../../shared/metrics/report-json';

/**
 * Source names and lead ids come from outside (a rep's settings, a CSV cell, a
 * backup). Named like Object's own properties, they once dropped leads out of
 * the figures: `out.__proto__ = 2` sets a prototype on a plain object, not a count.
 */
const NOW = Date.UTC(2026, 11, 1);
const read = readBackupBytes(readFileSync('test/fixtures/bad-files/backup-reserved-sources.json'), {
  now: NOW,
});
if (!read.ok) throw new Error(read.issue);
const { leads, stageEvents: events, settings } = read.backup;
const period = resolvePeriod({ start: '2026-01-01', end: '2026-12-31' }, NOW, 'UTC');

describe('keys named like Object properties', () => {
  it('5 leads with sources __proto__, constructor, toString… and 25 others: by source sums to 30', () => {
    expect(
      leads.filter((l) => ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].includes(l.source)),
    ).toHaveLength(5);
    const report = computeMetrics({ leads, events, settings, period, now: NOW, zone: 'UTC' });
    const { total, bySource, months } = report.leadsBySource;
    expect(total).toBe(30);
    expect(Object.values(bySource).reduce((a, b) => a + b, 0)).toBe(30);
    // Read through a Map: the key must be an own entry, not the prototype accessor.
    expect(new Map(Object.entries(bySource)).get('__proto__')).toBe(2);
    expect(bySource.constructor).toBe(1);
    for (const m of months) expect(Object.values(m.bySource).reduce((a, b) => a + b, 0)).toBe(m.total);
    const series = Object.values(report.trends.leadsBySource).flat();
    expect(series.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('a flagged lead whose id is __proto__ keeps its problems in the JSON report', () => {
    const base = { settings, now: NOW, zone: 'UTC' as const };
    const flagged = [...findProblems({ ...base, leads, events }).byLead.keys()][0];
    const rename = (id: string) => (id === flagged ? '__proto__' : id);
    const renamed = leads.map((l) => ({ ...l, id: rename(l.id) }));
    const renamedEvents = events.map((e) => ({ ...e, leadId: rename(e.leadId) }));
    const input = { ...base, leads: renamed, events: renamedEvents };
    const problems = findProblems(input);
    expect(problems.byLead.has('__proto__')).toBe(true);
    const json = reportJson({ report: computeMetrics({ ...input, period }), problems, files: [], reps: [] });
    expect(Object.keys(json.problems.byLead)).toContain('__proto__');
  });
});
