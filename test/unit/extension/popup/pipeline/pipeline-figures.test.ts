import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../../extension/data/leads/pipeline-summary';
import { groupFigures, headlineFigures } from '../../../../../extension/popup/pipeline/pipeline-figures';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { resolveProcess } from '../../../../../shared/process/resolve-settings';
import { lead } from '../fixtures';

const leads = [
  lead({ id: 'a', stage: 'awareness', value: 1000 }),
  lead({ id: 'b', stage: 'consideration', value: 4000 }),
  lead({ id: 'c', stage: 'consideration', value: 100, currency: 'USD' }),
  lead({ id: 'd', stage: 'decision' }),
  lead({ id: 'e', stage: 'purchase', status: 'won', value: 7000 }),
  lead({ id: 'f', stage: 'interest', status: 'lost', value: 300 }),
];
const summary = summarize(leads);
const counts = { awareness: 1, interest: 0, consideration: 2, decision: 1, purchase: 0, won: 1, lost: 1 };

describe('pipeline figures', () => {
  it('weights each stage by its win probability and keeps currencies apart', () => {
    const process = resolveProcess(DEFAULT_SETTINGS);
    expect(groupFigures('consideration', 2, summary, process)).toEqual({
      count: 2,
      value: { EUR: 4000, USD: 100 },
      weighted: { EUR: 1000, USD: 25 },
    });
    expect(groupFigures('won', 1, summary, process).weighted).toEqual({ EUR: 7000 });
    expect(groupFigures('lost', 1, summary, process).weighted).toEqual({});
  });

  it('follows the win probabilities in settings', () => {
    const process = resolveProcess({ ...DEFAULT_SETTINGS, winProbability: { consideration: 0.5 } });
    expect(groupFigures('consideration', 2, summary, process).weighted).toEqual({ EUR: 2000, USD: 50 });
  });

  it('sums the open stages and counts opportunities from the opportunity stage on', () => {
    const head = headlineFigures(counts, summary, resolveProcess(DEFAULT_SETTINGS));
    expect(head).toEqual({
      openLeads: 4,
      openOpportunities: 3,
      capacity: 25,
      openValue: { EUR: 5000, USD: 100 },
      weightedValue: { EUR: 50 + 1000, USD: 25 },
    });
    const later = headlineFigures(
      counts,
      summary,
      resolveProcess({ ...DEFAULT_SETTINGS, opportunityStage: 'decision', capacity: 2 }),
    );
    expect([later.openOpportunities, later.capacity]).toEqual([1, 2]);
  });
});
