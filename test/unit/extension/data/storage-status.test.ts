import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  readStorageStatus,
  requestPersistence,
  type StorageLike,
  storageErrorKind,
} from '../../../../extension/data/storage-status';

const fakeStorage = (over: Partial<Record<keyof StorageLike, () => Promise<unknown>>> = {}) => {
  const calls: string[] = [];
  const storage = {
    estimate: over.estimate ?? (async () => ({ usage: 1536, quota: 10 * 1024 ** 3 })),
    persisted: over.persisted ?? (async () => false),
    persist: async () => {
      calls.push('persist');
      return (await over.persist?.()) ?? true;
    },
  } as unknown as StorageLike;
  return { storage, calls };
};

describe('storage status', () => {
  it('reports usage, quota and whether the data is protected', async () => {
    expect(await readStorageStatus(fakeStorage().storage)).toEqual({
      usage: 1536,
      quota: 10 * 1024 ** 3,
      persisted: false,
    });
    const failing = fakeStorage({ estimate: () => Promise.reject(new Error('no')) }).storage;
    expect(await readStorageStatus(failing)).toEqual({
      usage: undefined,
      quota: undefined,
      persisted: false,
    });
    expect(await readStorageStatus(undefined)).toEqual({});
  });

  it('asks for persistence only when not granted yet, and treats a refusal as an answer', async () => {
    const granted = fakeStorage({ persisted: async () => true });
    expect(await requestPersistence(granted.storage)).toBe(true);
    expect(granted.calls).toEqual([]);
    const refused = fakeStorage({ persist: async () => false });
    expect(await requestPersistence(refused.storage)).toBe(false);
    expect(refused.calls).toEqual(['persist']);
    const broken = fakeStorage({ persist: () => Promise.reject(new Error('x')) });
    expect(await requestPersistence(broken.storage)).toBe(false);
  });

  it('recognises a full disk however Dexie wraps it', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(storageErrorKind(quota)).toBe('quota');
    expect(storageErrorKind(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(storageErrorKind(new Dexie.BulkError('1 of 2 failed', [quota]))).toBe('quota');
    expect(storageErrorKind(new Dexie.ConstraintError('Key already exists'))).toBe('duplicate');
    expect(storageErrorKind(new Error('something else'))).toBe('other');
    expect(storageErrorKind(undefined)).toBe('other');
  });

  it('formats sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'es')).toBe('1,5 KB');
    expect(formatBytes(250 * 1024 ** 2, 'en')).toBe('250 MB');
  });
});
