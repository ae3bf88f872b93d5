import { describe, expect, it } from 'vitest';
import {
  addCriteriaRow,
  criteriaRows,
  removeCriteriaRow,
  resetStageCriteria,
} from '../../../../../extension/popup/settings/settings-criteria-form';
import {
  formFromSettings,
  parseSettingsForm,
} from '../../../../../extension/popup/settings/settings-form-model';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { stageDefinition } from '../../../../../shared/process/stages';

const parsed = (form: Record<string, string>) => {
  const r = parseSettingsForm(form);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
};

describe('stage criteria and checklists in the settings form', () => {
  it('untouched, they stay absent: the team follows the built-in definition', () => {
    expect(parsed(formFromSettings(DEFAULT_SETTINGS)).stageCriteria).toBeUndefined();
  });

  it('an edited item keeps its id, a new one gets a fresh id, a removed one disappears; only the edited part is saved', () => {
    let form = formFromSettings(DEFAULT_SETTINGS);
    form['criteria.interest.checklist.interest-pain.en'] = 'Write the pain points down';
    form = removeCriteriaRow(form, 'interest', 'checklist', 'interest-how-found');
    form = addCriteriaRow(form, 'interest', 'checklist');
    const added = criteriaRows(form, 'interest', 'checklist').at(-1) as string;
    form[`criteria.interest.checklist.${added}.es`] = 'Pedir el presupuesto';
    form['criteria.decision.exit.r1.en'] = 'A signed order';
    const saved = parsed(form).stageCriteria;
    expect(saved?.interest?.checklist).toEqual([
      {
        id: 'interest-pain',
        text: { en: 'Write the pain points down', es: 'Escribir sus problemas con sus propias palabras.' },
      },
      stageDefinition('interest').checklist[2],
      // Written in Spanish only: the same text in both languages, and an id made from it.
      {
        id: 'interest-pedir-el-presupuesto',
        text: { en: 'Pedir el presupuesto', es: 'Pedir el presupuesto' },
      },
    ]);
    expect(saved?.interest).not.toHaveProperty('entry');
    expect(saved?.decision).toEqual({
      exit: [{ en: 'A signed order', es: 'Un pedido firmado o un no claro.' }],
    });

    // Saved and loaded again, the form shows the team's rows under the same ids.
    const again = formFromSettings(parsed(form));
    expect(criteriaRows(again, 'interest', 'checklist')).toEqual([
      'interest-pain',
      'interest-next-step',
      'interest-pedir-el-presupuesto',
    ]);
    expect(parsed(again).stageCriteria).toEqual(saved);
  });

  it('a fresh id never takes one used by another stage', () => {
    let form = formFromSettings(DEFAULT_SETTINGS);
    form = addCriteriaRow(form, 'awareness', 'checklist');
    const row = criteriaRows(form, 'awareness', 'checklist').at(-1) as string;
    form[`criteria.awareness.checklist.${row}.en`] = 'fit';
    form = addCriteriaRow(form, 'awareness', 'checklist');
    const row2 = criteriaRows(form, 'awareness', 'checklist').at(-1) as string;
    form[`criteria.awareness.checklist.${row2}.en`] = 'Fit!';
    expect(
      parsed(form)
        .stageCriteria?.awareness?.checklist?.slice(-2)
        .map((c) => c.id),
    ).toEqual(['awareness-fit-2', 'awareness-fit-3']);
  });

  it('reset puts one stage back to the built-in and leaves the others', () => {
    let form = formFromSettings(DEFAULT_SETTINGS);
    form['criteria.interest.entry.r1.en'] = 'Changed';
    form['criteria.decision.entry.r1.en'] = 'Changed too';
    form = addCriteriaRow(form, 'interest', 'entry');
    form['criteria.interest.entry.+1.en'] = 'Another';
    form = resetStageCriteria(form, 'interest');
    expect(criteriaRows(form, 'interest', 'entry')).toEqual(['r1']);
    expect(Object.keys(form).filter((k) => k.includes('+1'))).toEqual([]);
    expect(parsed(form).stageCriteria).toEqual({
      decision: { entry: [{ en: 'Changed too', es: 'Quien decide está revisando la propuesta.' }] },
    });
  });

  it('an empty or too long line is an error on its field; too many lines an error under the list', () => {
    let form = formFromSettings(DEFAULT_SETTINGS);
    form = addCriteriaRow(form, 'purchase', 'exit');
    form['criteria.awareness.entry.r1.es'] = 'x'.repeat(201);
    const r = parseSettingsForm(form);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual({
      'criteria.purchase.exit.+1.en': 'errCriterionText',
      'criteria.awareness.entry.r1.es': 'errCriterionText',
    });
    let many = formFromSettings(DEFAULT_SETTINGS);
    for (let i = 0; i < 10; i++) {
      many = addCriteriaRow(many, 'purchase', 'entry');
      many[`criteria.purchase.entry.+${i + 1}.en`] = `Line ${i}`;
    }
    const m = parseSettingsForm(many);
    expect(!m.ok && m.errors).toEqual({ 'criteria.purchase.entry.order': 'errCriteriaList' });
  });
});
