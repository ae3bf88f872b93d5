import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFromText } from '../../../playbook-site/client/team-review/read-backups';
import { stageLabel, teamStageNames } from '../../../playbook-site/client/team-review/team-stage-names';
import type { Backup } from '../../../shared/model/backup';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');

describe('backupFromText', () => {
  it('accepts a valid backup and names it by its owner', () => {
    const out = backupFromText('rep-luis.json', fixture('rep-luis.json'));
    expect(out.ok && out.file.owner).toBe('Luis Ortega');
  });

  it('falls back to the file name when the backup has no owner', () => {
    const data = JSON.parse(fixture('rep-ana.json'));
    delete data.owner;
    const out = backupFromText('ana-export.json', JSON.stringify(data));
    expect(out.ok && out.file.owner).toBe('ana-export');
  });

  it('names the problems of an invalid backup by path', () => {
    const out = backupFromText('playbook-broken.json', fixture('playbook-broken.json'));
    expect(out.ok).toBe(false);
    if (out.ok || out.problem.kind !== 'invalid') throw new Error('expected an invalid file');
    expect(out.problem.fileName).toBe('playbook-broken.json');
    expect(out.problem.errors[0]).toMatch(/^leads\[0\]\.email: /);
    expect(out.problem.errors[1]).toMatch(/^leads\[1\]\.stage: /);
  });

  it('says when a file is not JSON at all', () => {
    const out = backupFromText('notes.txt', 'hello');
    expect(!out.ok && out.problem.kind === 'invalid' && out.problem.errors[0]).toMatch(/not valid JSON/);
  });
});

describe('teamStageNames', () => {
  const withNames = (en: Record<string, string>, es: Record<string, string> = {}) =>
    ({ settings: { stageNames: { en, es } } }) as unknown as Backup;

  it('takes, per language and stage, the first file that renamed it', () => {
    const names = teamStageNames([
      withNames({ awareness: 'Prospecting' }),
      withNames({ awareness: 'Ignored', purchase: 'Closed' }, { purchase: 'Cierre' }),
    ]);
    expect(names).toEqual({
      en: { awareness: 'Prospecting', purchase: 'Closed' },
      es: { purchase: 'Cierre' },
    });
  });

  it('falls back to the process definition', () => {
    const names = teamStageNames([withNames({ awareness: 'Prospecting' })]);
    expect(stageLabel(names, 'awareness', 'en')).toBe('Prospecting');
    expect(stageLabel(names, 'awareness', 'es')).toBe('Conciencia');
    expect(stageLabel({}, 'decision', 'en')).toBe('Decision');
  });
});
