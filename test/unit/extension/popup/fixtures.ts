import type { Lead } from '../../../../shared/model/lead';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const DAY = 86_400_000;

/** A valid lead for pure-logic tests; `over` sets the rest. */
export function lead(over: Partial<Lead> & { id: string }): Lead {
  return {
    kind: 'person',
    name: `Lead ${over.id}`,
    source: 'manual',
    stage: 'awareness',
    status: 'open',
    currency: 'EUR',
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 5 * DAY,
    stageChangedAt: NOW - 5 * DAY,
    ...over,
  };
}
