import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../../scripts/report/args';
import { runReport } from '../../../../scripts/report/run';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ANA = 'test/fixtures/backups/rep-ana.json';
const LUIS = 'test/fixtures/backups/rep-luis.json';
const BROKEN = 'test/fixtures/backups/broken.json';
const FIXED = ['--now', '2026-11-20T12:00:00Z', '--tz', 'Europe/Madrid'];

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runReport(argv, {
    readFile: (p) => readFileSync(new URL(p, `file://${ROOT}`)),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    now: () => Date.parse('2026-11-20T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('report arguments', () => {
  it('parses files and options in any order', () => {
    expect(
      parseReportArgs(['a.json', '--json', '--period=this-year', 'b.json', '--lang', 'es']),
    ).toMatchObject({
      files: ['a.json', 'b.json'],
      json: true,
      period: 'this-year',
      lang: 'es',
    });
    expect(parseReportArgs(['a.json']).period).toBe('last-90');
  });

  it('rejects bad usage with exit status 2', () => {
    expect(run([]).code).toBe(2);
    expect(run([ANA, '--lang', 'fr'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--lang must be one of en, es'),
    });
    expect(run([ANA, '--tz', 'Mars/Olympus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown time zone'),
    });
    expect(run([ANA, '--bogus']).stderr).toContain('unknown option --bogus');
  });
});

describe('runReport', () => {
  it('reports a team from two files', () => {
    const r = run([ANA, LUIS, '--period', 'this-year', ...FIXED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Files: ${ANA} (Ana Ruiz): 30 leads; ${LUIS} (Luis Ortega): 30 leads`);
    // All 60 example leads were created in 2026.
    expect(r.stdout).toMatch(/Leads per month by source \(total in the period\) \.+ 60\n/);
    expect(r.stdout).toContain('pipeline of Luis Ortega: 5 open opportunities, above the capacity of 4.');
  });

  it('skips a broken file, names its problems, and still reports the others', () => {
    const r = run([BROKEN, ANA, '--json', ...FIXED]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${BROKEN}: Some records in the file have problems:`);
    expect(lines[1]).toBe(`${BROKEN}: leads[1].email: not an email`);
    expect(lines.every((l) => l.startsWith(`${BROKEN}: `))).toBe(true);
    const json = JSON.parse(r.stdout);
    expect(json.files).toEqual([{ file: ANA, owner: 'Ana Ruiz', leads: 30 }]);
  });

  it('fails when no file loads', () => {
    const r = run([BROKEN, 'test/fixtures/backups/missing.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.json: (file): cannot read the file (ENOENT)');
    expect(r.stderr).toContain('report: no backup file could be loaded');
    expect(r.stdout).toBe('');
  });
});

describe('npm run report (spawned)', () => {
  const tsx = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/report.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('prints JSON whose ids are prefixed per file', () => {
    const r = tsx([ANA, LUIS, '--json', '--period', '2026-01-01..2026-12-31', ...FIXED]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.metrics.leadsBySource.total).toBe(60);
    expect(json.metrics.period.label).toBe('custom');
    const ids = Object.keys(json.problems.byLead);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id: string) => id.startsWith('1/') || id.startsWith('2/'))).toBe(true);
    // Ana's 15 open leads and Luis's 14, counted straight from the files.
    const open = (f: string) =>
      JSON.parse(readFileSync(`${ROOT}${f}`, 'utf8')).leads.filter(
        (l: { status: string }) => l.status === 'open',
      );
    expect(open(ANA).length + open(LUIS).length).toBe(29);
    expect(json.problems.flaggedLeads).toBeLessThanOrEqual(29);
  }, 60_000);

  it('exits non-zero on a broken file alone, in Spanish too', () => {
    const r = tsx([BROKEN, '--lang', 'es']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${BROKEN}: leads[1].stage: `);
    expect(r.stdout).toBe('');
  }, 60_000);
});
