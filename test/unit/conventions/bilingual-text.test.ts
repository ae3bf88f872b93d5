import { describe, expect, it } from 'vitest';
import { strings } from '../../../playbook-site/client/team-review/strings';
import { PERIOD_LABELS, TEAM_REVIEW_TEXT } from '../../../playbook-site/content/team-review-text';
import { UI, UNIT_NAMES } from '../../../playbook-site/content/ui';
import { REPORT_LABELS } from '../../../shared/metrics/report-labels';
import type { Bilingual } from '../../../shared/process/stage-list';

/**
 * The playbook and the report keep their words as { en, es } pairs (the
 * extension's are in _locales, checked by locales.test.ts): every key must be
 * written in both languages, and never left as a copy of the English.
 */
const PAIRS: Record<string, Record<string, Bilingual>> = {
  UI,
  UNIT_NAMES,
  TEAM_REVIEW_TEXT,
  PERIOD_LABELS,
  REPORT_LABELS,
};

describe('bilingual text of the playbook and the report', () => {
  it.each(Object.entries(PAIRS))('%s has every key in English and Spanish', (_name, pairs) => {
    for (const [key, text] of Object.entries(pairs)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.es.trim(), key).not.toBe('');
    }
  });

  it('the team review results have the same labels in both languages', () => {
    const en = strings('en');
    const es = strings('es');
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const [a, b] = [en[key], es[key]];
      expect(typeof b, key).toBe(typeof a);
      if (typeof a === 'string') expect((b as string).trim(), key).not.toBe('');
    }
  });
});
