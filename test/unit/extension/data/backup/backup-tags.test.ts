import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile, importBackupText } from '../../../../../extension/data/backup/backup';
import { backupFile } from '../../../../../extension/data/backup/backup-export';
import { type EmbudoDb, openDb } from '../../../../../extension/data/db';
import { updateLead } from '../../../../../extension/data/leads/lead-edits';
import { loadSettings, saveSettings } from '../../../../../extension/data/settings/settings-repository';
import { BackupSchema } from '../../../../../shared/model/backup';
import { dumpDb, seed } from '../data-helpers';

const T0 = Date.UTC(2026, 10, 2, 9);
let db: EmbudoDb;
let other: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`backup-tags-${n++}`);
  other = openDb(`backup-tags-${n++}`);
  await Promise.all([db.open(), other.open()]);
});
afterEach(async () => {
  await Promise.all([db.delete(), other.delete()]);
});

describe('picked tags and the team lists in a backup', () => {
  it('are in the file, pass its schema and come back field for field', async () => {
    await seed(db, 20);
    const lists = {
      painPoints: [
        { id: 'manual-reporting', label: { en: 'Reports by hand', es: 'Informes a mano' } },
        { id: 'old', label: { en: 'Old', es: 'Viejo' }, removed: true as const },
      ],
    };
    const saved = await saveSettings(db, { capacity: 12, ...lists });
    expect(saved.ok).toBe(true);
    const [first, second] = (await db.leads.toArray()).map((r) => r.id);
    await updateLead(
      db,
      first as string,
      { painPointIds: ['manual-reporting', 'old'], painPoints: 'In their words' },
      T0,
    );
    await updateLead(db, second as string, { decisionHelperIds: ['demo'] }, T0);

    const text = await (await backupFile(db, { now: T0 })).blob.text();
    const backup = BackupSchema.parse(JSON.parse(text));
    expect(backup.settings.painPoints).toEqual(lists.painPoints);
    expect(backup.leads.find((l) => l.id === first)).toMatchObject({
      painPointIds: ['manual-reporting', 'old'],
      painPoints: 'In their words',
    });
    expect((await checkBackupFile(new Blob([text]))).ok).toBe(true);

    const imported = await importBackupText(other, text);
    if (!imported.ok) throw new Error('import refused');
    const [a, b] = await Promise.all([dumpDb(db), dumpDb(other)]);
    expect(b.leads).toEqual(a.leads);
  });

  it('a file with a malformed tag id is refused whole, and nothing stored changes', async () => {
    await seed(db, 5);
    const text = await (await backupFile(db, { now: T0 })).blob.text();
    const bad = JSON.parse(text);
    bad.leads[0].painPointIds = ['<script>'];
    const before = await dumpDb(other);
    const res = await importBackupText(other, JSON.stringify(bad));
    expect(res.ok).toBe(false);
    expect(await dumpDb(other)).toEqual(before);
  });

  it("carry the team's stage criteria; a file from before them imports with the built-in ones", async () => {
    const stageCriteria = {
      decision: {
        exit: [{ en: 'Signed, or a clear no', es: 'Firmado, o un no claro' }],
        checklist: [{ id: 'decision-legal', text: { en: 'Send to legal', es: 'Enviar a legal' } }],
      },
    };
    expect((await saveSettings(db, { stageCriteria })).ok).toBe(true);
    const text = await (await backupFile(db, { now: T0 })).blob.text();
    expect(BackupSchema.parse(JSON.parse(text)).settings.stageCriteria).toEqual(stageCriteria);
    const imported = await importBackupText(other, text);
    if (!imported.ok) throw new Error('import refused');
    expect((await loadSettings(other)).stageCriteria).toEqual(stageCriteria);

    const old = JSON.parse(text);
    delete old.settings.stageCriteria;
    expect((await importBackupText(other, JSON.stringify(old))).ok).toBe(true);
    const bad = JSON.parse(text);
    bad.settings.stageCriteria.decision.checklist.push(bad.settings.stageCriteria.decision.checklist[0]);
    const before = await dumpDb(other);
    expect((await importBackupText(other, JSON.stringify(bad))).ok).toBe(false);
    expect(await dumpDb(other)).toEqual(before);
  });
});
