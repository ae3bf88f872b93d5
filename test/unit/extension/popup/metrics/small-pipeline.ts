import type { Lead } from '../../../../../shared/model/lead';
import { type Settings, SettingsSchema } from '../../../../../shared/model/settings';
import type { StageEvent } from '../../../../../shared/model/stage-event';
import type { StageId } from '../../../../../shared/process/stage-list';

export const DAY = 86_400_000;

/**
 * Six leads whose figures are worked out by hand (see the answers below), all
 * created within the last three weeks so every period from "last 30 days" up
 * holds all of them. Shared by the unit tests and the e2e seed.
 *
 * A linkedin  created 20d ago → interest 18d → consideration 15d → decision 10d → won 5d ago, value 1000
 * B linkedin  created 18d ago → interest 16d → consideration 12d → lost 7d ago ("Price")
 * C email     created 15d ago → consideration 10d ago (skips interest), open, value 2000
 * D email     created 20d ago, untouched in awareness: stalled (20 days > 14)
 * E web       created 5d ago, awareness
 * F referral  created 8d ago → interest 7d → consideration 6d → decision 3d, open, quality 2, value 500
 *
 * Capacity is 1, so the two open opportunities (C, F) are a pipeline finding.
 */
export const ANSWERS = {
  leads: 6,
  bySource: { linkedin: 2, email: 2, web: 1, referral: 1 },
  leadToOpportunity: '67%', // A, B, C, F of 6
  opportunityWinRate: '25%', // A of A, B, C, F
  winPercentage: '50%', // A won, B lost
  timeToCloseWon: '15 days', // A: 20 − 5
  salesCycle: '13 days', // A 15, B 11: median and mean 13
  openOpportunities: '2', // C, F
  openValue: '€2,500', // 2000 + 500
  weightedValue: '€800', // 2000 × 0.25 + 500 × 0.6
  problems: { stalled: ['D'], 'skipped-stages': ['C'], 'low-quality': ['F'], findings: 1 },
  badge: '4', // 4 problems: 3 flagged leads with one problem each + 1 pipeline finding
} as const;

function lead(id: string, source: string, over: Partial<Lead>, now: number): Lead {
  return {
    id,
    kind: 'person',
    name: `Lead ${id}`,
    source,
    stage: 'awareness',
    status: 'open',
    currency: 'EUR',
    createdAt: now,
    updatedAt: now,
    stageChangedAt: now,
    ...over,
  };
}

type Step = [daysAgo: number, to: StageId, status?: 'open' | 'won' | 'lost', lostReason?: string];

function history(id: string, createdDaysAgo: number, steps: Step[], now: number): StageEvent[] {
  const events: StageEvent[] = [
    {
      leadId: id,
      fromStage: null,
      toStage: 'awareness',
      fromStatus: null,
      toStatus: 'open',
      at: now - createdDaysAgo * DAY,
    },
  ];
  let from: StageId = 'awareness';
  for (const [ago, to, status = 'open', lostReason] of steps) {
    const skipped = to === 'consideration' && from === 'awareness' ? { skipped: ['interest' as const] } : {};
    events.push({
      leadId: id,
      fromStage: from,
      toStage: to,
      fromStatus: 'open',
      toStatus: status,
      at: now - ago * DAY,
      ...skipped,
      ...(lostReason ? { lostReason } : {}),
    });
    from = to;
  }
  return events;
}

export function smallPipeline(now: number): { leads: Lead[]; events: StageEvent[]; settings: Settings } {
  const at = (days: number) => now - days * DAY;
  const leads = [
    lead(
      'A',
      'linkedin',
      {
        stage: 'decision',
        status: 'won',
        value: 1000,
        createdAt: at(20),
        updatedAt: at(5),
        stageChangedAt: at(5),
      },
      now,
    ),
    lead(
      'B',
      'linkedin',
      {
        stage: 'consideration',
        status: 'lost',
        lostReason: 'Price',
        createdAt: at(18),
        updatedAt: at(7),
        stageChangedAt: at(7),
      },
      now,
    ),
    lead(
      'C',
      'email',
      {
        stage: 'consideration',
        value: 2000,
        nextStep: 'Call',
        nextStepDue: '2999-01-01',
        createdAt: at(15),
        updatedAt: at(10),
        stageChangedAt: at(10),
      },
      now,
    ),
    lead('D', 'email', { createdAt: at(20), updatedAt: at(20), stageChangedAt: at(20) }, now),
    lead('E', 'web', { createdAt: at(5), updatedAt: at(5), stageChangedAt: at(5) }, now),
    lead(
      'F',
      'referral',
      {
        stage: 'decision',
        quality: 2,
        value: 500,
        nextStep: 'Send contract',
        nextStepDue: '2999-01-01',
        createdAt: at(8),
        updatedAt: at(3),
        stageChangedAt: at(3),
      },
      now,
    ),
  ];
  const events = [
    ...history(
      'A',
      20,
      [
        [18, 'interest'],
        [15, 'consideration'],
        [10, 'decision'],
        [5, 'decision', 'won'],
      ],
      now,
    ),
    ...history(
      'B',
      18,
      [
        [16, 'interest'],
        [12, 'consideration'],
        [7, 'consideration', 'lost', 'Price'],
      ],
      now,
    ),
    ...history('C', 15, [[10, 'consideration']], now),
    ...history('D', 20, [], now),
    ...history('E', 5, [], now),
    ...history(
      'F',
      8,
      [
        [7, 'interest'],
        [6, 'consideration'],
        [3, 'decision'],
      ],
      now,
    ),
  ];
  return { leads, events, settings: SettingsSchema.parse({ capacity: 1 }) };
}
