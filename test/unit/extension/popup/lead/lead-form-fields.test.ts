import { describe, expect, it } from 'vitest';
import { FORM_SECTIONS } from '../../../../../extension/popup/lead/lead-form-fields';
import { EDITABLE_FIELDS } from '../../../../../shared/model/contact-fields';

const fieldsOf = (mode: 'add' | 'edit') => FORM_SECTIONS[mode].flatMap((s) => s.fields.map((f) => f.field));

describe('the lead form in its two modes', () => {
  it('offers every editable field exactly once in each mode', () => {
    for (const mode of ['add', 'edit'] as const) {
      expect([...fieldsOf(mode)].sort(), mode).toEqual([...EDITABLE_FIELDS].sort());
    }
  });

  it('adds by hand with the essentials in view and the rest folded', () => {
    const [first, ...rest] = FORM_SECTIONS.add;
    expect(first?.folded).toBeFalsy();
    expect(first?.fields.map((f) => f.field)).toEqual(['name', 'company', 'email', 'linkedinUrl', 'source']);
    expect(rest.every((s) => s.folded)).toBe(true);
  });

  it('leaves one slot in each mode for the team’s pickers', () => {
    for (const mode of ['add', 'edit'] as const) {
      expect(FORM_SECTIONS[mode].filter((s) => s.slot)).toHaveLength(1);
    }
  });
});
