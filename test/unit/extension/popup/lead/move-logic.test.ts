import { describe, expect, it } from 'vitest';
import {
  backStage,
  chosenReason,
  forwardStage,
  lostMove,
  moveCriteria,
  moveTo,
  otherStages,
  reopenMove,
  stagesSkippedBy,
} from '../../../../../extension/popup/lead/move-logic';
import { SettingsSchema } from '../../../../../shared/model/settings';
import { resolveProcess } from '../../../../../shared/process/resolve-settings';

const open = (stage: 'awareness' | 'interest' | 'consideration' | 'decision' | 'purchase') => ({
  stage,
  status: 'open' as const,
});

describe('moves', () => {
  it('goes one stage forward or back, and not past either end', () => {
    expect(forwardStage(open('awareness'))).toBe('interest');
    expect(forwardStage(open('purchase'))).toBeUndefined();
    expect(backStage(open('interest'))).toBe('awareness');
    expect(backStage(open('awareness'))).toBeUndefined();
    expect(forwardStage({ stage: 'decision', status: 'lost' })).toBeUndefined();
  });

  it('reaching Purchase wins the deal', () => {
    expect(moveTo('purchase')).toEqual({ stage: 'purchase', status: 'won' });
    expect(moveTo('decision')).toEqual({ stage: 'decision', status: 'open' });
  });

  it('asks first when a move jumps over stages, including a win from an early stage', () => {
    expect(stagesSkippedBy(open('awareness'), moveTo('interest'))).toEqual([]);
    expect(stagesSkippedBy(open('awareness'), moveTo('consideration'))).toEqual(['interest']);
    expect(stagesSkippedBy(open('interest'), moveTo('purchase'))).toEqual(['consideration', 'decision']);
    expect(stagesSkippedBy(open('decision'), moveTo('interest'))).toEqual([]);
    expect(stagesSkippedBy(open('awareness'), lostMove({ stage: 'awareness' }, 'Price'))).toEqual([]);
    expect(
      stagesSkippedBy(
        { stage: 'awareness', status: 'lost' },
        reopenMove({ stage: 'awareness', status: 'lost' }),
      ),
    ).toEqual([]);
  });

  it('reopens a lost deal where it was and a won one in Decision', () => {
    expect(reopenMove({ stage: 'interest', status: 'lost' })).toEqual({ stage: 'interest', status: 'open' });
    expect(reopenMove({ stage: 'purchase', status: 'won' })).toEqual({ stage: 'decision', status: 'open' });
  });

  it('offers every other stage to jump to', () => {
    expect(otherStages(open('interest'))).toEqual(['awareness', 'consideration', 'decision', 'purchase']);
  });

  it('takes the listed reason or the rep’s own words, never an empty one', () => {
    expect(chosenReason('Price', '', '__other__')).toBe('Price');
    expect(chosenReason('__other__', '  Went quiet ', '__other__')).toBe('Went quiet');
    expect(chosenReason('__other__', '   ', '__other__')).toBeUndefined();
    expect(lostMove({ stage: 'decision' }, ' Price ')).toEqual({
      stage: 'decision',
      status: 'lost',
      lostReason: 'Price',
    });
  });
});

describe("the team's criteria shown with a move", () => {
  const stages = resolveProcess(
    SettingsSchema.parse({
      stageCriteria: { interest: { exit: [{ en: 'Pain points written', es: 'Problemas escritos' }] } },
    }),
  ).stages;

  it("the lead's exit criteria and the entry criteria of the next stage, or of the picked one", () => {
    const lead = { stage: 'interest', status: 'open' } as const;
    expect(moveCriteria(stages, lead, '')).toEqual({
      from: 'interest',
      exit: [{ en: 'Pain points written', es: 'Problemas escritos' }],
      to: 'consideration',
      entry: stages[2]?.entry,
    });
    expect(moveCriteria(stages, lead, 'decision')?.entry).toEqual(stages[3]?.entry);
  });

  it('nothing for a closed deal; only the exit criteria from the last stage', () => {
    expect(moveCriteria(stages, { stage: 'decision', status: 'lost' }, '')).toBeUndefined();
    expect(moveCriteria(stages, { stage: 'purchase', status: 'open' }, '')).toMatchObject({
      to: undefined,
      entry: [],
    });
  });
});
