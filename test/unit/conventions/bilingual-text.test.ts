import { describe, expect, it } from 'vitest';
import { UI, UNIT_NAMES } from '../../../shared/present/playbook-words';
import { REPORT_LABELS } from '../../../shared/present/report-words';
import {
  PERIOD_LABELS,
  TEAM_REVIEW_LOAD_FAILED,
  TEAM_REVIEW_TEXT,
} from '../../../shared/present/team-review-page-words';
import { strings, TEAM_REVIEW_RESULTS } from '../../../shared/present/team-review-results-words';
import type { Bilingual } from '../../../shared/process/stage-list';

/**
 * The playbook and the report keep their words as { en, es } pairs, all in
 * shared/present/*-words.ts (the extension's are in _locales, checked by
 * locales.test.ts): every key must be written in both languages.
 */
const PAIRS: Record<string, Record<string, Bilingual>> = {
  UI,
  UNIT_NAMES,
  TEAM_REVIEW_TEXT,
  PERIOD_LABELS,
  REPORT_LABELS,
  LOAD_FAILED: { TEAM_REVIEW_LOAD_FAILED },
};

describe('bilingual text of the playbook and the report', () => {
  it.each(Object.entries(PAIRS))('%s has every key in English and Spanish', (_name, pairs) => {
    for (const [key, text] of Object.entries(pairs)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.es.trim(), key).not.toBe('');
    }
  });

  it('the team review results have the same labels in both languages', () => {
    for (const [key, pair] of Object.entries(TEAM_REVIEW_RESULTS)) {
      const [a, b]: unknown[] = [pair.en, pair.es];
      expect(typeof b, key).toBe(typeof a);
      if (typeof a === 'function') expect((b as () => string).length, key).toBe((a as () => string).length);
      else expect([String(a).trim(), String(b).trim()], key).not.toContain('');
    }
    expect(strings('es').more(3)).toBe('…y 3 más.');
    expect(strings('en').filesCaption).toBe('Files in this review');
  });
});
