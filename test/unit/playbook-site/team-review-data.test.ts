import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFromBytes } from '../../../playbook-site/client/team-review/read-backups';
import { stageLabel, teamStageNames } from '../../../playbook-site/client/team-review/team-stage-names';
import type { Backup } from '../../../shared/model/backup';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url));
const NOW = Date.parse('2026-11-20T12:00:00Z');
const backupFromText = (name: string, text: string | Uint8Array) =>
  backupFromBytes(name, typeof text === 'string' ? new TextEncoder().encode(text) : text, NOW);

describe('backupFromText', () => {
  it('accepts a valid backup and names it by its owner', () => {
    const out = backupFromText('rep-luis.json', fixture('rep-luis.json'));
    expect(out.ok && out.file.owner).toBe('Luis Ortega');
  });

  it('falls back to the file name when the backup has no owner', () => {
    const data = JSON.parse(fixture('rep-ana.json').toString('utf8'));
    delete data.owner;
    const out = backupFromText('ana-export.json', JSON.stringify(data));
    expect(out.ok && out.file.owner).toBe('ana-export');
  });

  it('names the problems of an invalid backup by path', () => {
    const out = backupFromText('playbook-broken.json', fixture('playbook-broken.json'));
    expect(out.ok).toBe(false);
    if (out.ok || out.problem.kind !== 'refused') throw new Error('expected a refused file');
    expect(out.problem.fileName).toBe('playbook-broken.json');
    expect(out.problem.refusal.issue).toBe('invalid');
    expect(out.problem.refusal.problems[0]?.path).toBe('leads[0].email');
    expect(out.problem.refusal.problems[1]?.path).toBe('leads[1].stage');
  });

  it('says when a file is not JSON at all', () => {
    const out = backupFromText('notes.txt', 'hello');
    expect(!out.ok && out.problem.kind === 'refused' && out.problem.refusal.issue).toBe('not-json');
  });
});

describe('teamStageNames', () => {
  const withNames = (en: Record<string, string>, es: Record<string, string> = {}) =>
    ({ stageNames: { en, es } }) as unknown as Backup['settings'];

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
