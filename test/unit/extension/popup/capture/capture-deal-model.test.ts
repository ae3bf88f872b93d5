import { describe, expect, it } from 'vitest';
import { dealFromForm, EMPTY_DEAL } from '../../../../../extension/popup/capture/capture-deal-model';

describe('dealFromForm', () => {
  it('sends no deal when nothing was filled', () => {
    expect(dealFromForm(EMPTY_DEAL, 'EUR')).toEqual({ ok: true });
    expect(dealFromForm({ ...EMPTY_DEAL, notes: '   ' }, 'EUR')).toEqual({ ok: true });
  });

  it('reads a Spanish decimal comma and sends the value in the rep’s currency', () => {
    const form = {
      stage: 'interest',
      value: '1500,50',
      nextStep: ' Call ',
      nextStepDue: '2026-12-01',
      notes: 'Met',
    } as const;
    expect(dealFromForm(form, 'USD')).toEqual({
      ok: true,
      deal: {
        stage: 'interest',
        value: 1500.5,
        currency: 'USD',
        nextStep: 'Call',
        nextStepDue: '2026-12-01',
        notes: 'Met',
      },
    });
  });

  it('names each wrong field, and a half-typed date', () => {
    expect(dealFromForm({ ...EMPTY_DEAL, value: 'lots' }, 'EUR')).toEqual({
      ok: false,
      errors: { value: 'errNumber' },
    });
    expect(dealFromForm({ ...EMPTY_DEAL, value: '-5' }, 'EUR')).toEqual({
      ok: false,
      errors: { value: 'errNegative' },
    });
    expect(dealFromForm({ ...EMPTY_DEAL, nextStep: 'x'.repeat(301) }, 'EUR')).toEqual({
      ok: false,
      errors: { nextStep: 'errTooLong' },
    });
    expect(dealFromForm(EMPTY_DEAL, 'EUR', true)).toEqual({ ok: false, errors: { nextStepDue: 'errDate' } });
  });
});
