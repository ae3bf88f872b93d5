import { describe, expect, it, vi } from 'vitest';
import type { Lead } from '../../../../../shared/model/lead';
import { lead as makeLead } from '../fixtures';

// The flags follow the settings they were found with: here a stalled flag fires only when the
// settings say so, which stands in for a stage's stall threshold.
// A check can be held back (`hold`) until the test lets it answer, to change settings while it runs.
let hold: Promise<void> | null = null;
const flagsForLeads = vi.fn(async (_db: unknown, leads: readonly Lead[], s: { capacity: number }) => {
  const wait = hold;
  hold = null;
  await (wait ?? new Promise((ok) => setTimeout(ok, 5)));
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
    let answer = () => {};
    hold = new Promise((ok) => {
      answer = ok;
    });
    settings.value = { ...settings.value, capacity: 5 };
    requestFlags([makeLead({ id: 'b' })]);
    await vi.waitFor(() =>
      expect(flagsForLeads).toHaveBeenLastCalledWith(
        {},
        expect.anything(),
        expect.objectContaining({ capacity: 5 }),
        expect.any(Number),
      ),
    );
    // While that check is out, the settings change: the rows are checked again with the new ones.
    settings.value = { ...settings.value, capacity: 1 };
    await settle();
    expect(flagCount('b')).toBe(1);
    // The old check answers last, with the old settings' verdict: it must not overwrite the new one.
    answer();
    await settle();
    expect(flagCount('b')).toBe(1);
  });
});
