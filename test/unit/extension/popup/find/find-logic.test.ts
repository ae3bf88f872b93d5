import { describe, expect, it } from 'vitest';
import {
  compareLeads,
  EMPTY_QUERY,
  type FindQuery,
  findLeads,
  fold,
  isFinding,
} from '../../../../../extension/popup/find/find-logic';
import { DAY, lead, NOW } from '../fixtures';

const q = (over: Partial<FindQuery>): FindQuery => ({ ...EMPTY_QUERY, ...over });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

const LEADS = [
  lead({
    id: 'a',
    name: 'Martín Salgado',
    company: 'Novare',
    stage: 'interest',
    source: 'linkedin',
    value: 500,
  }),
  lead({
    id: 'b',
    name: 'Ana Gil',
    company: 'Acme',
    notes: 'Met at the Madrid fair',
    value: 9000,
    stageChangedAt: NOW - 40 * DAY,
  }),
  lead({
    id: 'c',
    name: 'Luis Ruiz',
    company: 'ACME Iberia',
    status: 'lost',
    stage: 'decision',
    nextStepDue: '2026-11-02',
  }),
  lead({
    id: 'd',
    name: 'Sofía Vidal',
    source: 'referral',
    nextStepDue: '2026-10-01',
    stageChangedAt: NOW - 1 * DAY,
  }),
];

describe('find', () => {
  it('is idle only for the empty query', () => {
    expect(isFinding(EMPTY_QUERY)).toBe(false);
    expect(isFinding(q({ text: '  ' }))).toBe(false);
    expect(isFinding(q({ text: 'x' }))).toBe(true);
    expect(isFinding(q({ sort: 'value' }))).toBe(true);
    expect(isFinding(q({ problem: 'stalled' }))).toBe(true);
  });

  it('matches every word, ignoring case and accents, across name, company and notes', () => {
    expect(fold('MARTÍN Ñandú')).toBe('martin nandu');
    expect(ids(findLeads(LEADS, q({ text: 'martin' })))).toEqual(['a']);
    expect(ids(findLeads(LEADS, q({ text: 'acme', sort: 'value' })))).toEqual(['b', 'c']);
    expect(ids(findLeads(LEADS, q({ text: 'madrid fair' })))).toEqual(['b']);
    expect(ids(findLeads(LEADS, q({ text: 'madrid nowhere' })))).toEqual([]);
  });

  it('filters by stage, status, source and problem together', () => {
    expect(ids(findLeads(LEADS, q({ stage: 'decision' })))).toEqual(['c']);
    expect(ids(findLeads(LEADS, q({ status: 'lost' })))).toEqual(['c']);
    expect(ids(findLeads(LEADS, q({ source: 'referral' })))).toEqual(['d']);
    expect(ids(findLeads(LEADS, q({ status: 'open', source: 'linkedin' })))).toEqual(['a']);
    const problems = (l: { id: string }) => (l.id === 'b' || l.id === 'd' ? (['stalled'] as const) : []);
    expect(ids(findLeads(LEADS, q({ problem: 'stalled', sort: 'days' }), problems))).toEqual(['b', 'd']);
    expect(ids(findLeads(LEADS, q({ problem: 'low-quality' }), problems))).toEqual([]);
  });

  it('sorts by days in stage, value and due date, missing values last', () => {
    expect(ids(findLeads(LEADS, q({ sort: 'days' })))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(findLeads(LEADS, q({ sort: 'value' })))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(findLeads(LEADS, q({ sort: 'due' })))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('breaks ties by name so the order is stable', () => {
    const x = lead({ id: 'x', name: 'Zoe' });
    const y = lead({ id: 'y', name: 'Adam' });
    expect([x, y].sort(compareLeads('recent')).map((l) => l.name)).toEqual(['Adam', 'Zoe']);
  });
});
