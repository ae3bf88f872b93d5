import { describe, expect, it } from 'vitest';
import {
  emptyForm,
  formFromLead,
  type LeadForm,
  parseAmount,
  parseForm,
  parseNextStep,
  sourceOptions,
} from '../../../../../extension/popup/lead/lead-form-model';
import { lead } from '../fixtures';

const form = (over: Partial<LeadForm> = {}): LeadForm => ({
  ...emptyForm({ defaultCurrency: 'EUR' }),
  name: 'Ana Gil',
  ...over,
});
const errorsOf = (f: LeadForm, bad: Parameters<typeof parseForm>[1] = []) => {
  const r = parseForm(f, bad);
  return r.ok ? {} : r.errors;
};

describe('lead form', () => {
  it('turns a lead into text fields and back without loss', () => {
    const l = lead({
      id: 'a',
      company: 'Acme',
      value: 1500.5,
      quality: 4,
      nextStepDue: '2026-12-01',
      notes: 'x',
    });
    const r = parseForm(formFromLead(l));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.edit).toMatchObject({
        name: l.name,
        company: 'Acme',
        value: 1500.5,
        quality: 4,
        nextStepDue: '2026-12-01',
      });
  });

  it('reads amounts with a decimal point or a Spanish decimal comma, and nothing else', () => {
    expect(parseAmount('1500')).toBe(1500);
    expect(parseAmount(' 1 500,75 ')).toBe(1500.75);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('-3')).toBe(-3);
    expect(parseAmount('12abc')).toBeNaN();
    expect(parseAmount('1.000.000')).toBeNaN();
  });

  it('names each invalid field with its own message', () => {
    expect(errorsOf(form({ name: '  ' }))).toEqual({ name: 'errRequired' });
    expect(errorsOf(form({ value: '-5' }))).toEqual({ value: 'errNegative' });
    expect(errorsOf(form({ value: 'lots' }))).toEqual({ value: 'errNumber' });
    expect(errorsOf(form({ nextStepDue: '2026-02-31x' }))).toEqual({ nextStepDue: 'errDate' });
    expect(errorsOf(form({ email: 'not-an-email' }))).toEqual({ email: 'errEmail' });
    expect(errorsOf(form({ website: 'javascript:alert(1)' }))).toEqual({ website: 'errUrl' });
    expect(errorsOf(form({ currency: 'euro' }))).toEqual({ currency: 'errCurrency' });
    expect(errorsOf(form({ source: '<script>' }))).toEqual({ source: 'errSource' });
    expect(errorsOf(form({ notes: 'x'.repeat(10_001) }))).toEqual({ notes: 'errTooLong' });
  });

  it('reports several problems at once and a date the browser could not read', () => {
    expect(errorsOf(form({ name: '', value: '-1' }), ['nextStepDue'])).toEqual({
      name: 'errRequired',
      value: 'errNegative',
      nextStepDue: 'errDate',
    });
  });

  it('clears emptied fields and upper-cases the currency', () => {
    const r = parseForm(form({ company: '', currency: 'usd', quality: '' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('company' in r.edit && r.edit.company === undefined).toBe(true);
    expect(r.edit.currency).toBe('USD');
    expect(r.edit.quality).toBeUndefined();
  });

  it('keeps hostile text as plain text (it is only ever rendered as text)', () => {
    const r = parseForm(form({ name: '<img src=x onerror=alert(1)>', notes: '<script>alert(1)</script>' }));
    expect(r.ok && r.edit.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('offers built-in and custom sources, and keeps an unknown current one', () => {
    expect(sourceOptions({ customSources: ['Trade fair'] }, 'old-crm')).toEqual([
      'linkedin',
      'email',
      'web',
      'manual',
      'referral',
      'import',
      'Trade fair',
      'old-crm',
    ]);
  });
});

describe('parseNextStep', () => {
  it('accepts a step with a date, and clears both when empty', () => {
    expect(parseNextStep(' Call back ', '2026-12-01')).toEqual({
      ok: true,
      edit: { nextStep: 'Call back', nextStepDue: '2026-12-01' },
    });
    expect(parseNextStep('', '')).toEqual({
      ok: true,
      edit: { nextStep: undefined, nextStepDue: undefined },
    });
  });

  it('reports a date the browser could not read, or a step too long, next to its field', () => {
    expect(parseNextStep('Call', '', true)).toEqual({ ok: false, errors: { nextStepDue: 'errDate' } });
    expect(parseNextStep('x'.repeat(301), '')).toEqual({ ok: false, errors: { nextStep: 'errTooLong' } });
  });
});
