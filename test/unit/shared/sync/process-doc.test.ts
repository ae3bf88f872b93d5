import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../../shared/model/settings';
import { processDocOf, teamProcessModel } from '../../../../shared/sync/process-doc';

describe("the team's process document", () => {
  const settings = SettingsSchema.parse({
    language: 'es',
    stageNames: { en: { interest: 'Engaged' } },
    stallDays: { decision: 5 },
    capacity: 12,
  });

  it("is written without the writer's language and read back under the reader's", () => {
    const doc = processDocOf(settings, 'lia', 1_800_000_000_000);
    expect(doc).toMatchObject({
      _id: 'process',
      type: 'process',
      owner: 'lia',
      updatedAt: 1_800_000_000_000,
    });
    expect(doc.settings).not.toHaveProperty('language');
    const model = teamProcessModel({ ...doc, _rev: '3-abc' }, 'en');
    if (!model.ok) throw new Error(model.reason);
    expect(model.settings).toEqual({ ...settings, language: 'en' });
    expect(model.process.stageName('interest', 'en')).toBe('Engaged');
    expect(model.process.stageName('interest', 'es')).toBe('Interés');
    expect(model.process.stallDays.decision).toBe(5);
    expect(model.process.capacity).toBe(12);
    expect(model).toMatchObject({ owner: 'lia', updatedAt: 1_800_000_000_000 });
  });

  it('says why it cannot read a document, and reads a default language when none is given', () => {
    expect(teamProcessModel({ _id: 'process', type: 'lead' })).toMatchObject({ ok: false });
    expect(teamProcessModel(null)).toMatchObject({ ok: false });
    const doc = processDocOf(settings, 'lia', 1);
    expect(teamProcessModel({ ...doc, settings: { ...doc.settings, capacity: -1 } })).toMatchObject({
      ok: false,
    });
    expect(teamProcessModel(doc)).toMatchObject({ ok: true, settings: { language: 'auto' } });
  });
});
