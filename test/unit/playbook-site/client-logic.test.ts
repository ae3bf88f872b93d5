import { describe, expect, it } from 'vitest';
import { checklistKey, progressText, validTicks } from '../../../playbook-site/client/checklist-state';
import { chooseLang, type LangInputs } from '../../../playbook-site/client/lang-choice';
import { cleanOverrides } from '../../../playbook-site/client/stage-names';
import { STAGE_IDS } from '../../../shared/process/stage-list';

const base: LangInputs = { query: '', saved: null, languages: [], negotiate: true, current: 'en' };

describe('chooseLang', () => {
  it('follows the browser language on index.html', () => {
    expect(chooseLang({ ...base, languages: ['es-MX', 'en'] })).toBe('es');
    expect(chooseLang({ ...base, languages: ['en-US', 'es'] })).toBeNull();
    expect(chooseLang({ ...base, languages: ['fr-FR', 'de', 'es'] })).toBe('es');
  });

  it('falls back to the prerendered language when no browser language is supported', () => {
    expect(chooseLang({ ...base, languages: ['fr-FR', 'de'] })).toBeNull();
    expect(chooseLang({ ...base, languages: [] })).toBeNull();
  });

  it('prefers a saved choice over the browser, and ?lang= over both', () => {
    expect(chooseLang({ ...base, saved: 'es', languages: ['en'] })).toBe('es');
    expect(chooseLang({ ...base, saved: 'en', languages: ['es'] })).toBeNull();
    expect(chooseLang({ ...base, query: '?lang=es', saved: 'en', languages: ['en'] })).toBe('es');
    expect(chooseLang({ ...base, query: '?x=1&lang=EN', current: 'es', languages: ['es'] })).toBe('en');
  });

  it('ignores unknown values', () => {
    expect(chooseLang({ ...base, query: '?lang=fr', saved: 'xx', languages: ['es'] })).toBe('es');
  });

  it('leaves es.html and en.html alone unless ?lang= asks', () => {
    const fixed = { ...base, negotiate: false, current: 'es' as const };
    expect(chooseLang({ ...fixed, saved: 'en', languages: ['en'] })).toBeNull();
    expect(chooseLang({ ...fixed, query: '?lang=en' })).toBe('en');
    expect(chooseLang({ ...fixed, query: '?lang=es' })).toBeNull();
  });
});

describe('checklist state', () => {
  it('keeps only ticks the checklist has, in checklist order', () => {
    expect(validTicks(['b', 'zzz', 'a'], ['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(validTicks('a', ['a'])).toEqual([]);
    expect(validTicks(null, ['a'])).toEqual([]);
    expect(validTicks({ 0: 'a' }, ['a'])).toEqual([]);
  });

  it('reads progress in both languages and keys by stage', () => {
    expect(progressText('en', 2, 3)).toBe('2 of 3 done');
    expect(progressText('es', 0, 4)).toBe('0 de 4 hechas');
    expect(checklistKey('interest')).toBe('embudo-playbook:checklist:interest');
  });
});

describe('cleanOverrides', () => {
  it('keeps short names of known stages per language', () => {
    const out = cleanOverrides(
      {
        en: { awareness: ' Prospecting ', bogus: 'x', interest: 7, decision: 'x'.repeat(41) },
        es: { purchase: 'Cierre' },
        fr: {},
      },
      STAGE_IDS,
    );
    expect(out).toEqual({ en: { awareness: 'Prospecting' }, es: { purchase: 'Cierre' } });
  });

  it('returns nothing for junk', () => {
    expect(cleanOverrides(null, STAGE_IDS)).toEqual({});
    expect(cleanOverrides('x', STAGE_IDS)).toEqual({});
    expect(cleanOverrides({ en: 'x' }, STAGE_IDS)).toEqual({});
  });
});
