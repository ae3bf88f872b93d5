import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackupBytes } from '../../../../shared/backup/read-backup';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { analyseTeam } from '../../../../shared/metrics/team';
import type { Backup } from '../../../../shared/model/backup';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/backups/${name}`, import.meta.url));
const load = (name: string): Backup => {
  const read = readBackupBytes(fixture(name), { now: Date.parse('2026-11-20T12:00:00Z') });
  if (!read.ok) throw new Error(read.issue);
  return read.backup;
};

describe('team merge', () => {
  const ana = load('rep-ana.json');
  const luis = load('rep-luis.json');

  it('keeps colliding ids apart by prefixing the file number', () => {
    // The same export twice: same ids, yet 60 distinct leads.
    const now = Date.parse('2026-11-20T12:00:00Z');
    const period = resolvePeriod('this-year', now, 'Europe/Madrid');
    const pair = [
      { owner: 'A', backup: ana },
      { owner: 'B', backup: ana },
    ];
    const team = analyseTeam(pair, period, now).figures.combined;
    expect(new Set(team.leads.map((l) => l.id)).size).toBe(60);
    expect(team.leads[0]?.id).toBe(`1/${ana.leads[0]?.id}`);
    expect(team.leads[30]?.id).toBe(`2/${ana.leads[0]?.id}`);
  });

  it('leaves a single file’s ids as they are', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    const one = analyseTeam([{ owner: 'A', backup: ana }], resolvePeriod('this-year', now), now);
    expect(one.figures.combined.leads[0]?.id).toBe(ana.leads[0]?.id);
  });

  it('checks capacity per rep, not against the team total', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    const period = resolvePeriod('this-year', now, 'Europe/Madrid');
    const { report, problems } = analyseTeam(
      [
        { owner: 'Ana Ruiz', backup: ana },
        { owner: 'Luis Ortega', backup: luis },
      ],
      period,
      now,
    );
    // Every example lead was created between May and November 2026.
    expect(report.leadsBySource.total).toBe(60);
    // Luis set capacity 4 and has 5 open opportunities (4 in Consideration, 1 in Decision), and 6 open
    // leads in Awareness against a limit of 5. Ana keeps the default capacity of 25.
    expect(problems.pipeline).toEqual([
      { problem: 'too-many-opportunities', rule: 'capacity', count: 5, limit: 4, owner: 'Luis Ortega' },
      {
        problem: 'too-many-opportunities',
        rule: 'stage-limit',
        stage: 'awareness',
        count: 6,
        limit: 5,
        owner: 'Luis Ortega',
      },
    ]);
    expect([...problems.byLead.keys()].every((id) => /^[12]\//.test(id))).toBe(true);
    expect(problems.total).toBe(Object.values(problems.counts).reduce((a, b) => a + b, 0));
  });
});
