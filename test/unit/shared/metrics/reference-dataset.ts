// A small pipeline whose every metric and problem is worked out by hand in
// reference-metrics.test.ts and reference-problems.test.ts. Times are UTC; the
// rep lives in Madrid (UTC+1 in winter). The period under test is January 2026.
import type { Lead, LeadStatus } from '../../../../shared/model/lead';
import { type Settings, SettingsSchema } from '../../../../shared/model/settings';
import type { StageEvent } from '../../../../shared/model/stage-event';
import type { StageId } from '../../../../shared/process/stage-list';

export const t = (iso: string): number => Date.parse(`${iso}Z`);
export const ZONE = 'Europe/Madrid';
/** 2026-03-15 13:00 in Madrid: "today" is 2026-03-15. */
export const NOW = t('2026-03-15T12:00');

/** Capacity 3 and at most 2 open leads in Decision, so both pipeline-level rules fire. */
export const SETTINGS: Settings = SettingsSchema.parse({ capacity: 3, stageLimits: { decision: 2 } });

const create = (leadId: string, at: string, toStage: StageId = 'awareness'): StageEvent => ({
  leadId,
  fromStage: null,
  toStage,
  fromStatus: null,
  toStatus: 'open',
  at: t(at),
});
const move = (
  leadId: string,
  fromStage: StageId,
  toStage: StageId,
  at: string,
  extra: Partial<StageEvent> = {},
): StageEvent => ({
  leadId,
  fromStage,
  toStage,
  fromStatus: 'open',
  toStatus: 'open',
  at: t(at),
  ...extra,
});
const win = (leadId: string, fromStage: StageId, at: string): StageEvent => ({
  ...move(leadId, fromStage, 'purchase', at),
  toStatus: 'won',
});
const lose = (leadId: string, stage: StageId, at: string, lostReason?: string): StageEvent => ({
  ...move(leadId, stage, stage, at),
  toStatus: 'lost',
  ...(lostReason ? { lostReason } : {}),
});
const reopen = (
  leadId: string,
  fromStage: StageId,
  toStage: StageId,
  fromStatus: LeadStatus,
  at: string,
): StageEvent => ({
  ...move(leadId, fromStage, toStage, at),
  fromStatus,
});

function lead(id: string, f: Partial<Lead> & { createdAt: number; source: string }): Lead {
  const changed = f.stageChangedAt ?? f.createdAt;
  return {
    kind: 'person',
    name: `Lead ${id}`,
    stage: 'awareness',
    status: 'open',
    currency: 'EUR',
    updatedAt: changed,
    stageChangedAt: changed,
    ...f,
    id,
  };
}

export const LEADS: Lead[] = [
  // L1: the straight path, won in January. 5 days in each stage.
  lead('L1', {
    createdAt: t('2026-01-05T10:00'),
    source: 'linkedin',
    stage: 'purchase',
    status: 'won',
    value: 10000,
    stageChangedAt: t('2026-01-25T10:00'),
  }),
  // L2: lost in Decision for "Price".
  lead('L2', {
    createdAt: t('2026-01-02T09:00'),
    source: 'email',
    stage: 'decision',
    status: 'lost',
    lostReason: 'Price',
    value: 5000,
    stageChangedAt: t('2026-01-29T09:00'),
  }),
  // L3: skipped Interest (recorded in `skipped`), open opportunity with a next step due later.
  lead('L3', {
    createdAt: t('2026-01-08T12:00'),
    source: 'referral',
    stage: 'consideration',
    value: 8000,
    quality: 4,
    nextStep: 'Send proposal',
    nextStepDue: '2026-03-20',
    stageChangedAt: t('2026-01-12T12:00'),
    updatedAt: t('2026-03-10T12:00'),
  }),
  // L4: jumped Awareness → Decision with no `skipped` field, then moved back to Consideration. No next step.
  lead('L4', {
    createdAt: t('2026-01-20T08:00'),
    source: 'web',
    stage: 'consideration',
    value: 2500,
    quality: 1,
    stageChangedAt: t('2026-02-01T08:00'),
    updatedAt: t('2026-03-14T08:00'),
  }),
  // L5: created in December, won on 10 January, reopened on 20 January: open again in Decision.
  lead('L5', {
    createdAt: t('2025-12-10T10:00'),
    source: 'linkedin',
    stage: 'decision',
    value: 20000,
    quality: 2,
    nextStep: 'Call',
    nextStepDue: '2026-03-01',
    stageChangedAt: t('2026-01-20T10:00'),
    updatedAt: t('2026-03-14T10:00'),
  }),
  // L6: lost, reopened, then lost again in Interest: counts once, by the last close.
  lead('L6', {
    createdAt: t('2026-01-03T10:00'),
    source: 'manual',
    stage: 'interest',
    status: 'lost',
    lostReason: 'Bad timing',
    stageChangedAt: t('2026-01-30T10:00'),
  }),
  // L7: no events at all: won, read from its own fields.
  lead('L7', {
    createdAt: t('2026-01-12T10:00'),
    source: 'referral',
    stage: 'purchase',
    status: 'won',
    value: 6000,
    stageChangedAt: t('2026-01-22T10:00'),
  }),
  // L8: no events, untouched since creation: stalled in Awareness.
  lead('L8', { createdAt: t('2026-01-15T10:00'), source: 'linkedin' }),
  // L9: 31 January 23:30 in Madrid (22:30 UTC): a January lead.
  lead('L9', { createdAt: t('2026-01-31T22:30'), source: 'email', updatedAt: t('2026-03-10T10:00') }),
  // L10: 1 February 00:30 in Madrid (31 January 23:30 UTC): a February lead.
  lead('L10', { createdAt: t('2026-01-31T23:30'), source: 'email', updatedAt: t('2026-03-10T10:00') }),
  // L11: 1 January 00:15 in Madrid (31 December UTC): a January lead, lost 5 days later with "Not a fit".
  lead('L11', {
    createdAt: t('2025-12-31T23:15'),
    source: 'web',
    status: 'lost',
    lostReason: 'Not a fit',
    stageChangedAt: t('2026-01-05T23:15'),
  }),
  // L12: created in November, lost in Consideration on 15 January.
  lead('L12', {
    createdAt: t('2025-11-20T10:00'),
    source: 'linkedin',
    stage: 'consideration',
    status: 'lost',
    lostReason: 'Chose a competitor',
    stageChangedAt: t('2026-01-15T10:00'),
  }),
  // L13: created in January, opportunity on 28 January, won on 20 February.
  lead('L13', {
    createdAt: t('2026-01-25T10:00'),
    source: 'linkedin',
    stage: 'purchase',
    status: 'won',
    value: 12000,
    stageChangedAt: t('2026-02-20T10:00'),
  }),
  // L14: February opportunity in Decision, untouched since 20 February.
  lead('L14', {
    createdAt: t('2026-02-10T10:00'),
    source: 'email',
    stage: 'decision',
    value: 4000,
    quality: 3,
    nextStep: 'Negotiate',
    nextStepDue: '2026-03-15',
    stageChangedAt: t('2026-02-20T10:00'),
  }),
  // L15: open opportunity valued in dollars.
  lead('L15', {
    createdAt: t('2026-01-18T10:00'),
    source: 'linkedin',
    stage: 'consideration',
    value: 3000,
    currency: 'USD',
    nextStep: 'Demo',
    nextStepDue: '2026-03-20',
    stageChangedAt: t('2026-01-21T10:00'),
    updatedAt: t('2026-03-14T10:00'),
  }),
  // L16: a March lead, fresh in Interest.
  lead('L16', {
    createdAt: t('2026-03-01T10:00'),
    source: 'manual',
    stage: 'interest',
    stageChangedAt: t('2026-03-05T10:00'),
  }),
  // L17: lost in Awareness with no reason.
  lead('L17', {
    createdAt: t('2026-01-10T10:00'),
    source: 'web',
    status: 'lost',
    stageChangedAt: t('2026-01-20T10:00'),
  }),
  // L20: imported straight into Decision (creation event at Decision: not a skip), no value.
  lead('L20', {
    createdAt: t('2026-01-26T10:00'),
    source: 'import',
    stage: 'decision',
    quality: 5,
    nextStep: 'Close',
    nextStepDue: '2026-03-20',
    updatedAt: t('2026-03-14T10:00'),
  }),
];

const ORDERED_EVENTS: StageEvent[] = [
  create('L1', '2026-01-05T10:00'),
  move('L1', 'awareness', 'interest', '2026-01-10T10:00'),
  move('L1', 'interest', 'consideration', '2026-01-15T10:00'),
  move('L1', 'consideration', 'decision', '2026-01-20T10:00'),
  win('L1', 'decision', '2026-01-25T10:00'),
  create('L2', '2026-01-02T09:00'),
  move('L2', 'awareness', 'interest', '2026-01-04T09:00'),
  move('L2', 'interest', 'consideration', '2026-01-09T09:00'),
  move('L2', 'consideration', 'decision', '2026-01-19T09:00'),
  lose('L2', 'decision', '2026-01-29T09:00', 'Price'),
  create('L3', '2026-01-08T12:00'),
  move('L3', 'awareness', 'consideration', '2026-01-12T12:00', { skipped: ['interest'] }),
  create('L4', '2026-01-20T08:00'),
  move('L4', 'awareness', 'decision', '2026-01-22T08:00'),
  move('L4', 'decision', 'consideration', '2026-02-01T08:00'),
  create('L5', '2025-12-10T10:00'),
  move('L5', 'awareness', 'interest', '2025-12-15T10:00'),
  move('L5', 'interest', 'consideration', '2025-12-20T10:00'),
  move('L5', 'consideration', 'decision', '2025-12-28T10:00'),
  win('L5', 'decision', '2026-01-10T10:00'),
  reopen('L5', 'purchase', 'decision', 'won', '2026-01-20T10:00'),
  create('L6', '2026-01-03T10:00'),
  lose('L6', 'awareness', '2026-01-06T10:00', 'No reply'),
  reopen('L6', 'awareness', 'awareness', 'lost', '2026-01-07T10:00'),
  move('L6', 'awareness', 'interest', '2026-01-09T10:00'),
  lose('L6', 'interest', '2026-01-30T10:00', 'Bad timing'),
  create('L9', '2026-01-31T22:30'),
  create('L10', '2026-01-31T23:30'),
  create('L11', '2025-12-31T23:15'),
  lose('L11', 'awareness', '2026-01-05T23:15', 'Not a fit'),
  create('L12', '2025-11-20T10:00'),
  move('L12', 'awareness', 'interest', '2025-11-25T10:00'),
  move('L12', 'interest', 'consideration', '2025-12-05T10:00'),
  lose('L12', 'consideration', '2026-01-15T10:00', 'Chose a competitor'),
  create('L13', '2026-01-25T10:00'),
  move('L13', 'awareness', 'interest', '2026-01-26T10:00'),
  move('L13', 'interest', 'consideration', '2026-01-28T10:00'),
  move('L13', 'consideration', 'decision', '2026-02-05T10:00'),
  win('L13', 'decision', '2026-02-20T10:00'),
  create('L14', '2026-02-10T10:00'),
  move('L14', 'awareness', 'interest', '2026-02-12T10:00'),
  move('L14', 'interest', 'consideration', '2026-02-15T10:00'),
  move('L14', 'consideration', 'decision', '2026-02-20T10:00'),
  create('L15', '2026-01-18T10:00'),
  move('L15', 'awareness', 'interest', '2026-01-19T10:00'),
  move('L15', 'interest', 'consideration', '2026-01-21T10:00'),
  create('L16', '2026-03-01T10:00'),
  move('L16', 'awareness', 'interest', '2026-03-05T10:00'),
  create('L17', '2026-01-10T10:00'),
  lose('L17', 'awareness', '2026-01-20T10:00'),
  create('L20', '2026-01-26T10:00', 'decision'),
  // An event of a lead that is not in the data (deleted): ignored.
  move('ghost', 'awareness', 'decision', '2026-01-10T10:00'),
];

/** Stored out of order on purpose: every other event first, then the rest backwards. */
export const EVENTS: StageEvent[] = [
  ...ORDERED_EVENTS.filter((_, i) => i % 2 === 0),
  ...ORDERED_EVENTS.filter((_, i) => i % 2 === 1).reverse(),
];
