import { describe, expect, it } from 'vitest';
import { dropAction } from '../../../../../extension/popup/pipeline/board-moves';
import { headlineFigures } from '../../../../../extension/popup/pipeline/pipeline-figures';
import { shownGroups } from '../../../../../extension/popup/pipeline/shown-groups';
import { SettingsSchema } from '../../../../../shared/model/settings';
import { resolveProcess } from '../../../../../shared/process/resolve-settings';

describe('dropping a card on a board column', () => {
  it('moves an open lead to the next stage, wins it on Purchase · won, asks a reason on Lost', () => {
    expect(dropAction({ stage: 'interest', status: 'open' }, 'consideration')).toEqual({
      kind: 'move',
      move: { stage: 'consideration', status: 'open' },
      skipped: [],
    });
    expect(dropAction({ stage: 'decision', status: 'open' }, 'won')).toEqual({
      kind: 'move',
      move: { stage: 'purchase', status: 'won' },
      skipped: [],
    });
    expect(dropAction({ stage: 'decision', status: 'open' }, 'lost')).toEqual({ kind: 'lose' });
  });

  it('says which stages a jump skips, so the board asks first', () => {
    expect(dropAction({ stage: 'awareness', status: 'open' }, 'decision')).toMatchObject({
      skipped: ['interest', 'consideration'],
    });
  });

  it('reopens a closed deal in the stage it is dropped on, and ignores a drop on its own column', () => {
    expect(dropAction({ stage: 'decision', status: 'lost' }, 'interest')).toEqual({
      kind: 'move',
      move: { stage: 'interest', status: 'open' },
      skipped: [],
    });
    expect(dropAction({ stage: 'interest', status: 'open' }, 'interest')).toBeNull();
    expect(dropAction({ stage: 'purchase', status: 'won' }, 'won')).toBeNull();
    expect(dropAction({ stage: 'decision', status: 'lost' }, 'lost')).toBeNull();
  });
});

describe('Purchase and Won as one column', () => {
  const counts = { awareness: 3, interest: 2, consideration: 1, decision: 1, purchase: 0, won: 4, lost: 2 };

  it('shows the Purchase stage only while an open lead is in it', () => {
    expect(shownGroups(counts)).toEqual([
      'awareness',
      'interest',
      'consideration',
      'decision',
      'won',
      'lost',
    ]);
    expect(shownGroups({ ...counts, purchase: 1 })).toContain('purchase');
  });

  it('changes no figure: the headline still counts every stage', () => {
    const process = resolveProcess(SettingsSchema.parse({}));
    const empty = { groups: {} } as never;
    const withPurchase = headlineFigures({ ...counts, purchase: 1 }, empty, process);
    expect(headlineFigures(counts, empty, process).openLeads).toBe(7);
    expect(withPurchase.openLeads).toBe(8);
  });
});
