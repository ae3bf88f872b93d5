import { describe, expect, it, vi } from 'vitest';
import type { Lead } from '../../../../../shared/model/lead';
import { lead as makeLead } from '../fixtures';

// The flags follow the settings they were found with: here a stalled flag fires only when the
// settings say so, which stands in for a stage's stall threshold.
const flagsForLeads = vi.fn(async (_db: unknown, leads: readonly Lead[], s: { capacity: number }) => {
  await new Promise((ok) => setTimeout(ok, 5));
  return new Map(leads.map((l) => [l.id, s.capacity === 1 ? [{ problem: 'stalled' }] : []]));
});
vi.mock('../../../../../extension/popup/lazy-database', () => ({ database: async () => ({}) }));
vi.mock('../../../../../extension/popup/ui/problem-flags', () => ({ flagsForLeads }));

const { requestFlags, rowFlags } = await import('../../../../../extension/popup/ui/row-flags-store');
const { settings } = await import('../../../../../extension/popup/settings-store');

const settle = () => new Promise((ok) => setTimeout(ok, 80));
const flagCount = (id: string) => rowFlags.value.get(id)?.length;

describe('row flags: the rows on screen, checked with the settings in force', () => {
  it('checks the rows again when the settings change after their first check', async () => {
    const lead = makeLead({ id: 'a' });
    requestFlags([lead]);
    await settle();
    expect(flagCount('a')).toBe(0);
    // The database's settings replace the first frame's copy (the team's process arrived by sync).
    settings.value = { ...settings.value, capacity: 1 };
    await settle();
    expect(flagCount('a')).toBe(1);
  });

  it('drops a check made with settings that changed while it ran', async () => {
    const lead = makeLead({ id: 'b' });
    settings.value = { ...settings.value, capacity: 5 };
    requestFlags([lead]);
    await new Promise((ok) => setTimeout(ok, 32)); // the batch is out, its answer not back yet
    settings.value = { ...settings.value, capacity: 1 };
    await settle();
    expect(flagCount('b')).toBe(1);
    expect(flagsForLeads.mock.calls.at(-1)?.[2]).toMatchObject({ capacity: 1 });
  });
});
