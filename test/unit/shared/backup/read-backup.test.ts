import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemWords, refusalLines } from '../../../../shared/backup/backup-words';
import { MAX_BACKUP_BYTES, readBackupBytes } from '../../../../shared/backup/read-backup';
import { firstInvalidUtf8, utf16ByNulPattern } from '../../../../shared/files/decode-bytes';
import { EpochSchema, IsoDateSchema, IsoDateTimeSchema } from '../../../../shared/model/epoch';

const NOW = Date.UTC(2026, 11, 1);
const ana = readFileSync('test/fixtures/backups/rep-ana.json');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readBackupBytes', () => {
  it('reads a good file, with or without a UTF-8 BOM, to the same backup', () => {
    const plain = readBackupBytes(ana, { now: NOW });
    const withBom = readBackupBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...ana]), { now: NOW });
    expect(plain.ok && plain.backup.leads).toHaveLength(30);
    expect(withBom).toEqual(plain);
  });

  it('refuses bytes that are not UTF-8 instead of reading them as U+FFFD, naming the byte', () => {
    const bytes = Uint8Array.from([...utf8('{"format":"embudo-backup","owner":"Jos'), 0xe9, ...utf8('"}')]);
    const read = readBackupBytes(bytes, { now: NOW });
    expect(read).toMatchObject({
      ok: false,
      issue: 'encoding',
      problems: [{ code: 'encoding', params: ['38'] }],
    });
  });

  it('refuses UTF-16, with or without a BOM', () => {
    const text = new TextDecoder().decode(ana);
    const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(readBackupBytes(le, { now: NOW })).toMatchObject({ issue: 'encoding', detail: 'utf-16le' });
    expect(readBackupBytes(Uint8Array.from([0xfe, 0xff, 0, 0x7b]), { now: NOW })).toMatchObject({
      issue: 'encoding',
      detail: 'utf-16be',
    });
  });

  it('refuses a file over the one size limit', () => {
    const big = { length: MAX_BACKUP_BYTES + 1 } as Uint8Array;
    expect(readBackupBytes(big, { now: NOW })).toMatchObject({ ok: false, issue: 'too-large' });
  });

  it('describes problems in English and Spanish', () => {
    const data = JSON.parse(new TextDecoder().decode(ana));
    data.leads[3].createdAt = 8.7e15;
    const read = readBackupBytes(utf8(JSON.stringify(data)), { now: NOW });
    if (read.ok) throw new Error('accepted');
    expect(refusalLines(read, 'en')).toEqual([
      'Some records in the file have problems:',
      'leads[3].createdAt: not a time between 1970 and 2099',
    ]);
    expect(problemWords(read.problems[0] as never, 'es')).toBe(
      'leads[3].createdAt: no es un momento entre 1970 y 2099',
    );
  });
});

describe('time bounds', () => {
  it('accept 1970 to 2099 and nothing outside', () => {
    expect(EpochSchema.safeParse(0).success).toBe(true);
    expect(EpochSchema.safeParse(Date.UTC(2099, 11, 31, 23, 59)).success).toBe(true);
    expect(EpochSchema.safeParse(Date.UTC(2100, 0, 1)).success).toBe(false);
    expect(EpochSchema.safeParse(8.7e15).success).toBe(false);
    expect(EpochSchema.safeParse(-1).success).toBe(false);
    expect(IsoDateSchema.safeParse('2099-12-31').success).toBe(true);
    expect(IsoDateSchema.safeParse('9999-01-01').success).toBe(false);
    expect(IsoDateTimeSchema.safeParse('2026-11-20T09:00:00.000Z').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2200-01-01T00:00:00Z').success).toBe(false);
  });
});

describe('byte checks', () => {
  it('find the first byte that is not UTF-8, and UTF-16 by its NULs', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc3, 0xa9, 0xe9, 0x41]))).toBe(3);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(utf16ByNulPattern(utf8('plain text, no NULs'))).toBeUndefined();
  });
});
