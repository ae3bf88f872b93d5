import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../../extension/data/backup/backup';
import { readBackupFiles } from '../../../../playbook-site/client/team-review/read-backups';
import { runReport } from '../../../../scripts/report/run';
import { describeProblem } from '../../../../shared/files/file-problems';
import { BAD_FILES, type Outcome, READ_NOW } from '../../extension/data/bad-files-run';

/**
 * The corpus of bad backup files through every surface that reads one: the
 * extension's import, the playbook's team review and `npm run report`. They
 * share one reader, so they must agree on every file: the same refusal, the
 * same problems, the same leads — and match what expected.json writes down.
 */
const expected = JSON.parse(readFileSync(`${BAD_FILES}/expected.json`, 'utf8')) as Record<string, Outcome>;
const files = readdirSync(BAD_FILES).filter((f) => f.startsWith('backup-'));

function report(file: string) {
  let stdout = '';
  let stderr = '';
  const code = runReport([`${BAD_FILES}/${file}`, '--json', '--period', '2000-01-01..2099-12-31'], {
    readFile: (p) => readFileSync(p),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    now: () => READ_NOW,
  });
  return { code, stdout, stderr };
}

describe('every backup reader agrees on the bad-files corpus', () => {
  it('the corpus holds the cases the readers once disagreed on', () => {
    for (const f of [
      'backup-bom.json',
      'backup-future-times.json',
      'backup-huge-epoch.json',
      'backup-invalid-utf8.json',
      'backup-utf16-bom.json',
      'backup-utf16-no-bom.json',
      'backup-repeated-leads.json',
      'backup-reserved-sources.json',
    ])
      expect(files).toContain(f);
  });

  for (const file of files) {
    it(file, async () => {
      const bytes = readFileSync(`${BAD_FILES}/${file}`);
      const want = expected[file] as Outcome;
      const extension = await checkBackupFile(new Blob([bytes]), READ_NOW);
      const [playbook] = await readBackupFiles([new File([bytes], file)], READ_NOW);
      const cli = report(file);

      if (want.refused) {
        expect(extension).toMatchObject({ ok: false, issue: want.refused });
        if (extension.ok) return;
        expect(extension.problems.map(describeProblem)).toEqual(want.problems);
        expect(playbook).toEqual({
          ok: false,
          problem: { fileName: file, kind: 'refused', refusal: extension },
        });
        expect(cli.code).toBe(1);
        expect(cli.stdout).toBe('');
        for (const p of want.problems) expect(cli.stderr).toContain(`${file}: ${p}\n`);
        return;
      }
      expect(extension.ok).toBe(true);
      if (!extension.ok || !playbook?.ok) throw new Error(`${file} refused by the playbook`);
      expect(playbook.file.backup).toEqual(extension.backup);
      expect(extension.backup.leads).toHaveLength(want.imported as number);
      expect(extension.clamped.count).toBe(want.clamped ?? 0);
      expect(cli.code).toBe(0);
      const json = JSON.parse(cli.stdout);
      expect(json.files[0].leads).toBe(want.imported);
      // Every lead counted once in the by-source figure, whatever its source is called.
      const bySource = Object.values(json.metrics.leadsBySource.bySource as Record<string, number>);
      expect(bySource.reduce((a, b) => a + b, 0)).toBe(json.metrics.leadsBySource.total);
      expect(json.metrics.leadsBySource.total).toBe(want.imported);
      expect(cli.stderr.includes('set back')).toBe(Boolean(want.clamped));
    });
  }
});
