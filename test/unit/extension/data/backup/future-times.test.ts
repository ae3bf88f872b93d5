import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../../../extension/data/backup/backup';
import { applyBackup, planBackupImport } from '../../../../../extension/data/backup/backup-import';
import { keepReplaced } from '../../../../../extension/data/backup/keep-replaced';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { applyEdit, updateLead } from '../../../../../extension/data/leads/lead-edits';
import { leadOf } from '../../../../../extension/data/leads/lead-rows';
import type { Backup } from '../../../../../shared/model/backup';
import type { Lead } from '../../../../../shared/model/lead';

/**
 * The review's case: a file whose lead was "updated in 2031" is imported, the
 * lead is edited here, and the same file is imported again choosing "keep
 * mine". The 2031 time used to win forever (updated 1, conflicts 0) and the
 * edit was lost.
 */
const FILE = readFileSync('test/fixtures/bad-files/backup-future-times.json');
const EXPORTED = Date.parse('2026-11-20T09:00:00.000Z');
const HOUR = 3_600_000;
const NOW = EXPORTED + 24 * HOUR;

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`future-times-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function read(now = NOW): Promise<Backup> {
  const check = await checkBackupFile(new Blob([FILE]), now);
  if (!check.ok) throw new Error(check.issue);
  return check.backup;
}

describe('a backup with times later than itself', () => {
  it('clamps them to the export time, and says how many and where', async () => {
    const check = await checkBackupFile(new Blob([FILE]), NOW);
    expect(check.ok && check.clamped).toEqual({
      count: 2,
      to: EXPORTED,
      paths: ['leads[0].updatedAt', 'stageEvents[0].at'],
    });
    expect(check.ok && check.backup.leads[0]?.updatedAt).toBe(EXPORTED);
  });

  it('clamps to now when the file claims to be written in the future', async () => {
    const check = await checkBackupFile(new Blob([FILE]), EXPORTED - HOUR);
    expect(check.ok && check.clamped.to).toBe(EXPORTED - HOUR);
  });

  it('import, edit here, import again keeping mine: the edit stays and is reported as a conflict', async () => {
    const backup = await read();
    await applyBackup(db, backup, { now: NOW });
    const id = backup.leads[0]?.id as string;
    await updateLead(db, id, { name: 'Edited Here' }, NOW + HOUR);

    const plan = await planBackupImport(db, await read(NOW + 2 * HOUR), { conflicts: 'keep-mine' });
    expect(plan.updated).toHaveLength(0);
    expect(plan.conflicts.map((c) => [c.lead.id, c.reason])).toEqual([[id, 'changed-here']]);
    await applyBackup(db, await read(NOW + 2 * HOUR), { conflicts: 'keep-mine', now: NOW + 2 * HOUR });
    expect(leadOf((await db.leads.get(id)) as never).name).toBe('Edited Here');
  });

  it('taking the file’s copy keeps the replaced one in the lead’s changes', async () => {
    const backup = await read();
    await applyBackup(db, backup, { now: NOW });
    const id = backup.leads[0]?.id as string;
    await updateLead(db, id, { name: 'Edited Here' }, NOW + HOUR);
    const at = NOW + 2 * HOUR;
    await applyBackup(db, await read(at), { conflicts: 'use-file', now: at });
    const lead = leadOf((await db.leads.get(id)) as never);
    expect(lead.name).toBe(backup.leads[0]?.name);
    expect(lead.changes).toContainEqual({ field: 'name', previous: 'Edited Here', at, by: 'backup-import' });
    expect(lead.updatedAt).toBe(NOW + HOUR);
  });
});

describe('updatedAt never goes back', () => {
  const lead = { id: 'a', name: 'Ana', updatedAt: Date.UTC(2031, 0, 1) } as Lead;
  it('on an edit made before a stored (future) time', () => {
    expect(applyEdit(lead, { name: 'Ana B' }, Date.UTC(2026, 0, 1), 'edit').updatedAt).toBe(lead.updatedAt);
  });
  it('on a backup copy replacing a newer one', () => {
    const older = { ...lead, name: 'Old', updatedAt: Date.UTC(2026, 0, 1) };
    expect(keepReplaced(lead, older, Date.UTC(2026, 5, 1)).updatedAt).toBe(lead.updatedAt);
  });
});
