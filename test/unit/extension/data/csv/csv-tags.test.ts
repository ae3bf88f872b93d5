import { describe, expect, it } from 'vitest';
import { leadsToCsv } from '../../../../../extension/data/csv/csv-export';
import { readTagCell, tagCell } from '../../../../../extension/data/csv/csv-tags';
import type { Lead } from '../../../../../shared/model/lead';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { DEFAULT_DECISION_HELPERS } from '../../../../../shared/process/why-buy-lists';

const items = [
  ...DEFAULT_DECISION_HELPERS,
  { id: 'old-webinar', label: { en: 'Webinar', es: 'Seminario web' }, removed: true as const },
];

describe('picked items in a CSV cell', () => {
  it('writes labels in the export’s language, removed items under their last label', () => {
    expect(tagCell(['demo', 'old-webinar'], items, 'en')).toBe('Demo; Webinar');
    expect(tagCell(['demo', 'old-webinar'], items, 'es')).toBe('Demostración; Seminario web');
    expect(tagCell(undefined, items, 'en')).toBe('');
  });

  it('reads either language, ids, any case or accents; unknown labels come back as text, not dropped', () => {
    expect(readTagCell('demostracion; CASE STUDY;trial; Seminario web', items)).toEqual({
      ids: ['demo', 'case-study', 'trial', 'old-webinar'],
      unknown: undefined,
    });
    expect(readTagCell('Demo; Visit to the factory; ; Lunch', items)).toEqual({
      ids: ['demo'],
      unknown: 'Visit to the factory; Lunch',
    });
    expect(readTagCell('', items)).toEqual({ ids: undefined, unknown: undefined });
  });

  it('round-trips through an export', () => {
    const lead = {
      id: 'x',
      kind: 'person',
      name: 'Ana',
      source: 'manual',
      stage: 'interest',
      status: 'open',
      currency: 'EUR',
      createdAt: 0,
      updatedAt: 0,
      stageChangedAt: 0,
      painPointIds: ['manual-reporting'],
      decisionHelperIds: ['trial', 'demo'],
    } satisfies Lead;
    const csv = leadsToCsv([lead], { lang: 'es', settings: DEFAULT_SETTINGS });
    expect(csv).toContain('Informes a mano');
    expect(csv).toContain('Prueba gratuita; Demostración');
    expect(readTagCell('Prueba gratuita; Demostración', DEFAULT_DECISION_HELPERS).ids).toEqual([
      'trial',
      'demo',
    ]);
  });
});
