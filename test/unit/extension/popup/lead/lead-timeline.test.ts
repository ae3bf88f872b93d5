import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../../extension/popup/lead/lead-timeline';
import type { StageEvent } from '../../../../../shared/model/stage-event';

const T = Date.UTC(2026, 10, 2, 9);
const ev = (at: number, fromStage: StageEvent['fromStage'], toStage: StageEvent['toStage']): StageEvent => ({
  leadId: 'a',
  fromStage,
  toStage,
  fromStatus: fromStage ? 'open' : null,
  toStatus: 'open',
  at,
});

describe('buildTimeline', () => {
  it('lists stage changes and edits together, newest first', () => {
    const events = [ev(T, null, 'awareness'), ev(T + 3000, 'awareness', 'interest')];
    const changes = [
      { field: 'value', previous: '100', at: T + 1000, by: 'edit' },
      { field: 'notes', previous: 'old note', at: T + 5000, by: 'edit' },
    ];
    const kinds = buildTimeline({ changes }, events).map((e) => [e.kind, e.at]);
    expect(kinds).toEqual([
      ['edit', T + 5000],
      ['stage', T + 3000],
      ['edit', T + 1000],
      ['stage', T],
    ]);
  });

  it('makes one entry of the fields one save replaced, and keeps their order', () => {
    const changes = [
      { field: 'value', previous: '100', at: T, by: 'edit' },
      { field: 'nextStep', previous: 'Call', at: T, by: 'edit' },
      { field: 'company', previous: 'Old Co', at: T, by: 'linkedin-profile' },
    ];
    const entries = buildTimeline({ changes }, []);
    expect(entries).toEqual([
      { kind: 'edit', at: T, by: 'linkedin-profile', replaced: [{ field: 'company', previous: 'Old Co' }] },
      {
        kind: 'edit',
        at: T,
        by: 'edit',
        replaced: [
          { field: 'value', previous: '100' },
          { field: 'nextStep', previous: 'Call' },
        ],
      },
    ]);
  });

  it('puts a stage change above an edit of the same instant, and a later move above an earlier one', () => {
    const events = [ev(T, null, 'awareness'), ev(T, 'awareness', 'interest')];
    const changes = [{ field: 'value', previous: '1', at: T, by: 'edit' }];
    const entries = buildTimeline({ changes }, events);
    expect(entries.map((e) => (e.kind === 'stage' ? e.event.toStage : 'edit'))).toEqual([
      'interest',
      'awareness',
      'edit',
    ]);
  });

  it('is empty for a lead with no history', () => {
    expect(buildTimeline({}, [])).toEqual([]);
  });
});
