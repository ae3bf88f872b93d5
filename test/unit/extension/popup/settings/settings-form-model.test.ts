import { describe, expect, it } from 'vitest';
import {
  formFromSettings,
  parseSettingsForm,
  rawFromForm,
} from '../../../../../extension/popup/settings/settings-form-model';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/model/settings';

const edit = (over: Record<string, string>) => ({ ...formFromSettings(DEFAULT_SETTINGS), ...over });

describe('settings form', () => {
  it('round-trips every setting through the form', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      stageNames: { es: { interest: 'Interesado' }, en: { decision: 'Negotiation' } },
      stallDays: { awareness: 10 },
      winProbability: { consideration: 0.35 },
      stageLimits: { decision: 8 },
      capacity: 12,
      opportunityStage: 'interest',
      lostReasons: ['Price', 'Timing'],
      customSources: ['Trade fair'],
      reviewCadenceDays: 14,
      language: 'es',
      defaultCurrency: 'USD',
    };
    const back = parseSettingsForm(formFromSettings(s));
    expect(back).toEqual({ ok: true, settings: s });
  });

  it('leaves empty fields out so the process defaults apply', () => {
    const r = parseSettingsForm(edit({}));
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(rawFromForm(edit({ lostReasons: '\n  \n' })).lostReasons).toBeUndefined();
  });

  it('reads percentages, decimal commas and one item per line', () => {
    const r = parseSettingsForm(
      edit({
        'winProbability.decision': '72,5',
        lostReasons: ' Price \n\nNo budget',
        customSources: 'Fair\nPartner',
      }),
    );
    expect(r.ok && r.settings.winProbability.decision).toBeCloseTo(0.725);
    expect(r.ok && r.settings.lostReasons).toEqual(['Price', 'No budget']);
    expect(r.ok && r.settings.customSources).toEqual(['Fair', 'Partner']);
  });

  it('points each invalid value at its own field', () => {
    const r = parseSettingsForm(
      edit({
        'stallDays.interest': '0',
        'winProbability.awareness': '150',
        'stageLimits.decision': 'many',
        capacity: '-2',
        reviewCadenceDays: '400',
        defaultCurrency: 'euros',
        customSources: 'ok\n<script>',
        'stageNames.es.interest': 'x'.repeat(41),
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      'stallDays.interest': 'errStallDays',
      'winProbability.awareness': 'errPercent',
      'stageLimits.decision': 'errLimit',
      capacity: 'errCapacity',
      reviewCadenceDays: 'errCadence',
      defaultCurrency: 'errCurrency',
      customSources: 'errSources',
      'stageNames.es.interest': 'errStageName',
    });
  });
});
