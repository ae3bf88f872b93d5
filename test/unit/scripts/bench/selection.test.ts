import { describe, expect, it } from 'vitest';
import { parseSelection, type Selection } from '../../../../scripts/bench/selection';

const sel = (only?: string) => {
  const s = parseSelection(only);
  if ('error' in s) throw new Error(s.error);
  return s as Selection;
};

describe('bench --only', () => {
  it('takes everything when absent', () => {
    expect(sel().group('data') && sel().figure('import-csv-100k')).toBe(true);
  });

  it('a group takes each of its figures and no other group', () => {
    const s = sel('data');
    expect(['export-backup', 'import-csv', 'import-csv-100k'].every(s.figure)).toBe(true);
    expect(s.figure('popup-ready-10k')).toBe(false);
    expect(s.group('popup')).toBe(false);
  });

  it('a figure id takes that figure alone, and runs its group', () => {
    const s = sel('import-csv-100k,popup-ready-10k');
    expect(s.group('data') && s.group('popup')).toBe(true);
    expect(s.figure('import-csv-100k') && s.figure('popup-ready-10k')).toBe(true);
    expect(s.figure('import-csv') || s.figure('export-backup') || s.figure('popup-ready-1k')).toBe(false);
    expect(s.group('metrics') || s.group('cold')).toBe(false);
  });

  it('names an unknown figure or group and lists the known ones', () => {
    const s = parseSelection('popup,import-xls');
    expect('error' in s && s.error).toMatch(/import-xls.*groups: popup.*figures: popup-ready-1k/);
  });
});
