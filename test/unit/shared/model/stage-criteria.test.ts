import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../../shared/model/settings';
import {
  CHECKLIST_MAX_COUNT,
  CRITERIA_MAX_COUNT,
  CRITERION_MAX,
} from '../../../../shared/model/stage-criteria';
import { resolveProcess } from '../../../../shared/process/resolve-settings';
import { STAGES, stageDefinition } from '../../../../shared/process/stages';
import { processDocOf, teamProcessModel } from '../../../../shared/sync/process-doc';

const say = (en: string, es = en) => ({ en, es });
const firstIssue = (raw: unknown) => {
  const res = SettingsSchema.safeParse(raw);
  return res.success ? undefined : res.error.issues[0];
};

describe("a team's stage criteria and checklists", () => {
  it('absent: every stage resolves to the built-in definition', () => {
    const process = resolveProcess(SettingsSchema.parse({}));
    expect(process.stages.map((s) => [s.entry, s.exit, s.checklist])).toEqual(
      STAGES.map((s) => [s.entry, s.exit, s.checklist]),
    );
  });

  it('override per stage and per part; the rest stays built-in, and ids are kept as given', () => {
    const checklist = [
      { id: 'interest-pain', text: say('Write their pain points down, edited', 'Escribir, editado') },
      { id: 'interest-budget', text: say('Ask for the budget', 'Preguntar el presupuesto') },
    ];
    const settings = SettingsSchema.parse({
      stageNames: { en: { interest: 'Engaged' } },
      stallDays: { interest: 3 },
      stageCriteria: { interest: { exit: [say('A call is booked', 'Hay una llamada')], checklist } },
    });
    const interest = resolveProcess(settings).stages[1];
    expect(interest).toMatchObject({
      id: 'interest',
      name: { en: 'Engaged', es: 'Interés' },
      entry: stageDefinition('interest').entry,
      exit: [say('A call is booked', 'Hay una llamada')],
      checklist,
      stallDays: 3,
    });
    expect(resolveProcess(settings).stages[0]).toEqual(stageDefinition('awareness'));
  });

  it('hostile text stays text: kept as typed for the escaping renderers, control characters refused', () => {
    const hostile = '<img src=x onerror=alert(1)> "&\'';
    const ok = SettingsSchema.parse({ stageCriteria: { decision: { entry: [say(hostile)] } } });
    expect(resolveProcess(ok).stages[3]?.entry).toEqual([say(hostile)]);
    expect(firstIssue({ stageCriteria: { decision: { entry: [say('two\nlines')] } } })?.message).toBe(
      'control characters',
    );
    expect(firstIssue({ stageCriteria: { decision: { entry: [say('  ')] } } })?.message).toBe('empty text');
  });

  it('refuses too long text, too many items and malformed ids', () => {
    const long = 'x'.repeat(CRITERION_MAX + 1);
    expect(firstIssue({ stageCriteria: { purchase: { exit: [say('ok', long)] } } })?.message).toBe(
      `longer than ${CRITERION_MAX} characters`,
    );
    const many = Array.from({ length: CHECKLIST_MAX_COUNT + 1 }, (_, i) => ({ id: `i${i}`, text: say('t') }));
    expect(firstIssue({ stageCriteria: { purchase: { checklist: many } } })?.path).toEqual([
      'stageCriteria',
      'purchase',
      'checklist',
    ]);
    const entries = Array.from({ length: CRITERIA_MAX_COUNT + 1 }, () => say('t'));
    expect(firstIssue({ stageCriteria: { purchase: { entry: entries } } })?.path).toEqual([
      'stageCriteria',
      'purchase',
      'entry',
    ]);
    const badId = { stageCriteria: { purchase: { checklist: [{ id: 'Has Space', text: say('t') }] } } };
    expect(firstIssue(badId)?.message).toMatch(/checklist id/);
    expect(firstIssue({ stageCriteria: { nowhere: { entry: [] } } })).toBeDefined();
  });

  it('refuses the same checklist id twice, in one stage or across stages, and says which', () => {
    const item = { id: 'call-them', text: say('Call them') };
    expect(firstIssue({ stageCriteria: { interest: { checklist: [item, item] } } })).toMatchObject({
      path: ['stageCriteria', 'interest', 'checklist', 1, 'id'],
      message: 'checklist id "call-them" is used twice',
    });
    const across = { interest: { checklist: [item] }, decision: { checklist: [item] } };
    expect(firstIssue({ stageCriteria: across })?.message).toBe('checklist id "call-them" is used twice');
  });

  it("refuses an id that another stage's built-in checklist still uses; reusing its own stage's is fine", () => {
    const first = STAGES[0];
    const builtIn = first?.checklist[0];
    if (!first || !builtIn) throw new Error('the process defines a checklist');
    const taken = { interest: { checklist: [{ id: builtIn.id, text: say('Borrowed') }] } };
    expect(firstIssue({ stageCriteria: taken })?.message).toBe(`checklist id "${builtIn.id}" is used twice`);
    const ownStage = { [first.id]: { checklist: [{ id: builtIn.id, text: say('Edited') }] } };
    expect(firstIssue({ stageCriteria: ownStage })).toBeUndefined();
  });

  it('travel in the process document; an old document without them still reads, as built-in', () => {
    const settings = SettingsSchema.parse({
      stageCriteria: { awareness: { entry: [say('Met at a fair', 'Conocido en una feria')] } },
    });
    const doc = processDocOf(settings, 'lia', 1);
    const read = teamProcessModel(JSON.parse(JSON.stringify(doc)), 'es');
    if (!read.ok) throw new Error(read.reason);
    expect(read.process.stages[0]?.entry).toEqual([say('Met at a fair', 'Conocido en una feria')]);

    const { stageCriteria: _, ...old } = doc.settings;
    const oldRead = teamProcessModel({ ...doc, settings: old });
    if (!oldRead.ok) throw new Error(oldRead.reason);
    expect(oldRead.process.stages).toEqual(resolveProcess(SettingsSchema.parse({})).stages);

    const hostileDoc = {
      ...doc,
      settings: { ...doc.settings, stageCriteria: { awareness: { entry: 'x' } } },
    };
    expect(teamProcessModel(hostileDoc)).toMatchObject({ ok: false });
  });
});
