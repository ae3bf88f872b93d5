// fast-check generators of random but valid pipelines (leads + their stage events) for the property tests.
import fc from 'fast-check';
import type { Lead, LeadStatus } from '../../../../shared/model/lead';
import type { StageEvent } from '../../../../shared/model/stage-event';
import { STAGE_IDS, type StageId } from '../../../../shared/process/stage-list';

const HOUR = 3_600_000;
export const ORIGIN = Date.UTC(2025, 0, 1);
export const HORIZON = Date.UTC(2026, 6, 1);

const action = fc.record({
  kind: fc.constantFrom('forward', 'skip', 'back', 'win', 'lose', 'reopen'),
  gapHours: fc.integer({ min: 0, max: 24 * 40 }),
});

export const leadScript = fc.record({
  createdHours: fc.integer({ min: 0, max: (HORIZON - ORIGIN) / HOUR }),
  source: fc.constantFrom('linkedin', 'email', 'web', 'referral', 'feria'),
  startStage: fc.constantFrom(...STAGE_IDS.slice(0, 4)),
  withEvents: fc.boolean(),
  actions: fc.array(action, { maxLength: 7 }),
  quality: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  value: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
  nextStepDueDays: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
  editedHoursAfter: fc.integer({ min: 0, max: 24 * 60 }),
});
export type LeadScript = typeof leadScript extends fc.Arbitrary<infer T> ? T : never;

/** Play a script into a lead and its events, keeping the lead's fields equal to the last event. */
export function playScript(id: string, s: LeadScript): { lead: Lead; events: StageEvent[] } {
  let at = ORIGIN + s.createdHours * HOUR;
  const createdAt = at;
  let stage: StageId = s.startStage;
  let status: LeadStatus = 'open';
  let lostReason: string | undefined;
  const events: StageEvent[] = [
    { leadId: id, fromStage: null, toStage: stage, fromStatus: null, toStatus: 'open', at },
  ];
  for (const a of s.actions) {
    at += a.gapHours * HOUR;
    const i = STAGE_IDS.indexOf(stage);
    let to = stage;
    let toStatus: LeadStatus = status;
    if (status !== 'open') {
      if (a.kind !== 'reopen') continue;
      toStatus = 'open';
      if (stage === 'purchase') to = 'decision';
    } else if (a.kind === 'forward' || a.kind === 'skip') {
      to = STAGE_IDS[Math.min(3, i + (a.kind === 'skip' ? 2 : 1))] as StageId;
      if (to === stage) continue;
    } else if (a.kind === 'back') {
      if (i === 0) continue;
      to = STAGE_IDS[i - 1] as StageId;
    } else if (a.kind === 'win') {
      to = 'purchase';
      toStatus = 'won';
    } else if (a.kind === 'lose') {
      toStatus = 'lost';
    } else continue;
    lostReason = toStatus === 'lost' ? `reason ${a.gapHours % 3}` : undefined;
    events.push({
      leadId: id,
      fromStage: stage,
      toStage: to,
      fromStatus: status,
      toStatus,
      at,
      ...(toStatus === 'lost' ? { lostReason } : {}),
    });
    stage = to;
    status = toStatus;
  }
  const lead: Lead = {
    id,
    kind: 'person',
    name: `Lead ${id}`,
    source: s.source,
    stage,
    status,
    currency: 'EUR',
    createdAt,
    updatedAt: at + s.editedHoursAfter * HOUR,
    stageChangedAt: at,
    ...(lostReason && status === 'lost' ? { lostReason } : {}),
    ...(s.quality !== undefined ? { quality: s.quality } : {}),
    ...(s.value !== undefined ? { value: s.value } : {}),
    ...(s.nextStepDueDays !== undefined
      ? {
          nextStep: 'Call',
          nextStepDue: new Date(at + s.nextStepDueDays * 24 * HOUR).toISOString().slice(0, 10),
        }
      : {}),
  };
  return { lead, events: s.withEvents ? events : [] };
}

export const pipeline = fc.array(leadScript, { maxLength: 40 }).map((scripts) => {
  const leads: Lead[] = [];
  const events: StageEvent[] = [];
  scripts.forEach((s, i) => {
    const played = playScript(`p${i}`, s);
    leads.push(played.lead);
    events.push(...played.events);
  });
  // Stored order is not time order.
  events.reverse();
  return { leads, events };
});
