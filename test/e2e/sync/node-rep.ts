import { couchClient } from '../../../shared/sync/couch-client';
import { syncOnce } from '../../../shared/sync/replicate';
import type { LeadDoc } from '../../../shared/sync/team-docs';
import { cookieFetch } from '../../support/cookie-fetch';
import { MemoryStore } from '../../support/memory-store';
import type { TeamServer } from '../../support/team-server';

export const HOUR = 3_600_000;

/**
 * A rep's browser, outside Chromium: the extension's own replicator (shared/sync)
 * over an in-memory store, signed in as that rep. What it pushes is exactly what
 * a rep's extension pushes; the lead's side is the real extension.
 */
export async function nodeRep(server: TeamServer, database: string, name: string) {
  const jar = cookieFetch();
  const client = couchClient({ server: server.url, database, fetch: jar.fetch, timeoutMs: 20_000 });
  await client.signIn(name, `${name}-password`);
  const store = new MemoryStore();
  return { store, sync: () => syncOnce({ client, store, replicaId: `${name}-browser` }) };
}

export function deal(id: string, owner: string, stage: 'interest' | 'decision', createdAt: number): LeadDoc {
  return {
    _id: `lead:${id}`,
    type: 'lead',
    owner,
    lead: {
      id,
      kind: 'person',
      name: `Deal ${id}`,
      source: 'linkedin',
      stage,
      status: 'open',
      value: 1000,
      currency: 'EUR',
      createdAt,
      updatedAt: createdAt + HOUR,
      stageChangedAt: createdAt + HOUR,
    },
    events: [
      {
        leadId: id,
        fromStage: null,
        toStage: 'awareness',
        fromStatus: null,
        toStatus: 'open',
        at: createdAt,
      },
      {
        leadId: id,
        fromStage: 'awareness',
        toStage: stage,
        fromStatus: 'open',
        toStatus: 'open',
        at: createdAt + HOUR,
        // A jump straight to Decision is recorded as a skip, as the extension records it.
        ...(stage === 'decision' ? { skipped: ['interest', 'consideration'] as const } : {}),
      },
    ] as LeadDoc['events'],
    clock: { name: createdAt, stage: createdAt + HOUR },
  };
}
