import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { reportJson } from '../../../../shared/metrics/report-json';
import { reportText } from '../../../../shared/metrics/report-text';
import { resolveProcess } from '../../../../shared/process/resolve-settings';
import { EVENTS, LEADS, NOW, SETTINGS, ZONE } from './reference-dataset';

const period = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, ZONE);
// L8 carries terminal escape sequences in its name: they must not reach the terminal.
const leads = LEADS.map((l) =>
  l.id === 'L8' ? { ...l, name: 'Eve\u001b[2J\u001b]0;pwned\u0007 Hacker' } : l,
);
const { report, problems } = analyse({
  leads,
  events: EVENTS,
  settings: SETTINGS,
  period,
  now: NOW,
  zone: ZONE,
});
const files = [{ file: 'reference.json', owner: 'Ref', leads: leads.length }];
const text = (lang: 'en' | 'es') =>
  reportText({ report, problems, leads, process: resolveProcess(SETTINGS), lang, files, maxListed: 3 });

describe('reportText', () => {
  it('prints the headline figures under their definitions’ names', () => {
    const en = text('en');
    expect(en).toContain('Period: custom (2026-01-01 – 2026-01-31, Europe/Madrid)');
    expect(en).toMatch(/Win percentage \.+ 29% \(2\/7\)\n/);
    expect(en).toMatch(/Lead → opportunity conversion \.+ 62% \(8\/13\)\n/);
    expect(en).toMatch(/Sales-cycle length \(median\) \.+ 20 days\n/);
    expect(en).toMatch(/Open opportunities \(weighted value\) \.+ €17,025\n/);
    expect(en).toContain('not added (other currencies): $3,000');
  });

  it('prints the funnel with skips and the lost reasons', () => {
    const en = text('en');
    expect(en).toMatch(/Interest \.+ reached 9, moved on 89%, skipped 2×/);
    expect(en).toMatch(/Purchase \.+ reached 3\n/);
    expect(en).toContain(
      'Lost reasons: Bad timing 1, Chose a competitor 1, Not a fit 1, Price 1, (no reason given) 1',
    );
  });

  it('lists problems with what to do, capped per problem', () => {
    const en = text('en');
    expect(en).toContain('Problems (9)');
    expect(en).toContain('- Stalled (4)');
    expect(en).toContain('    · Lead L5 — Decision: The next step was due 2026-03-01.');
    expect(en).toContain('    · … +1');
    expect(en).toContain('    · 6 open opportunities, above the capacity of 3.');
    expect(en).toContain('What to do: Go through the checklist of each skipped stage');
  });

  it('strips control characters from data', () => {
    const en = text('en');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(en).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(en).toContain('Eve [2J ]0;pwned  Hacker — Awareness: No move or edit for 59 days (limit 14).');
  });

  it('speaks Spanish', () => {
    const es = text('es');
    // Spanish puts a no-break space before the percent sign.
    expect(es).toMatch(/Porcentaje de victorias \.+ 29\u00a0% \(2\/7\)\n/);
    expect(es).toContain('- Estancada (4)');
    expect(es).toContain('Qué hacer:');
  });
});

describe('reportJson', () => {
  it('is plain data that survives JSON', () => {
    const json = JSON.parse(JSON.stringify(reportJson({ report, problems, files, reps: [] })));
    expect(json.metrics.winPercentage.rate).toBeCloseTo(2 / 7, 12);
    expect(Object.keys(json.problems.byLead)).toEqual(['L3', 'L4', 'L5', 'L8', 'L14']);
    expect(json.definitions.metrics).toHaveLength(13);
  });
});
