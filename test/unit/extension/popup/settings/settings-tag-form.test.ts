import { describe, expect, it } from 'vitest';
import {
  formFromSettings,
  parseSettingsForm,
} from '../../../../../extension/popup/settings/settings-form-model';
import { addRow, removeRow, shownRows } from '../../../../../extension/popup/settings/settings-tag-form';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { DEFAULT_PAIN_POINTS } from '../../../../../shared/process/why-buy-lists';

describe('the pain point and decision helper lists in the settings form', () => {
  it('untouched, the lists stay absent: the team follows the defaults', () => {
    const r = parseSettingsForm(formFromSettings(DEFAULT_SETTINGS));
    expect(r.ok && r.settings.painPoints).toBeUndefined();
    expect(r.ok && r.settings.decisionHelpers).toBeUndefined();
  });

  it('renames keep the id, a removed item stays with its label, an added row gets an id from its name', () => {
    let form = formFromSettings(DEFAULT_SETTINGS);
    form['painPoints.manual-reporting.en'] = 'Reports by hand';
    form = removeRow(form, 'painPoints', 'slow-onboarding');
    form = addRow(form, 'painPoints');
    const added = shownRows(form, 'painPoints').at(-1) as string;
    form[`painPoints.${added}.es`] = 'Demasiadas hojas de cálculo';
    expect(shownRows(form, 'painPoints')).not.toContain('slow-onboarding');
    const r = parseSettingsForm(form);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const list = r.settings.painPoints ?? [];
    expect(list[0]).toEqual({
      id: 'manual-reporting',
      label: { en: 'Reports by hand', es: 'Informes a mano' },
    });
    expect(list.find((i) => i.id === 'slow-onboarding')).toEqual({
      ...DEFAULT_PAIN_POINTS[1],
      removed: true,
    });
    // Named in Spanish only: the name serves both languages.
    expect(list.at(-1)).toEqual({
      id: 'demasiadas-hojas-de-calculo',
      label: { en: 'Demasiadas hojas de cálculo', es: 'Demasiadas hojas de cálculo' },
    });
  });

  it('a row without a name is an error next to it; an added row removed again just goes', () => {
    let form = addRow(formFromSettings(DEFAULT_SETTINGS), 'decisionHelpers');
    const r = parseSettingsForm(form);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors['decisionHelpers.+1.en']).toBe('errTagLabel');
    form = removeRow(form, 'decisionHelpers', '+1');
    expect(parseSettingsForm(form).ok).toBe(true);
  });
});
