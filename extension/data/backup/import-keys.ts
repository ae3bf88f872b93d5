import type { Lead } from '../../../shared/model/lead';
import type { EmbudoDb, LeadRow } from '../db';
import { rowsHoldingKeys } from './key-lookup';

type Keyed = Pick<Lead, 'id' | 'linkedinUrl' | 'email'>;

/** A lead's dedupe keys (the unique indexes of db.ts), tagged so a URL never equals an email. */
export function leadKeys(lead: Pick<Lead, 'linkedinUrl' | 'email'>): string[] {
  const keys: string[] = [];
  if (lead.linkedinUrl) keys.push(`li:${lead.linkedinUrl}`);
  if (lead.email) keys.push(`em:${lead.email}`);
  return keys;
}

/** Stored leads (rows) holding any of the given LinkedIn URLs or emails, by id: index look-ups, no scan. */
export async function leadsHoldingKeys(db: EmbudoDb, leads: readonly Keyed[]): Promise<Map<string, LeadRow>> {
  const urls = new Set(leads.flatMap((l) => (l.linkedinUrl ? [l.linkedinUrl] : [])));
  const emails = new Set(leads.flatMap((l) => (l.email ? [l.email] : [])));
  const rows = await rowsHoldingKeys(db, [...urls], [...emails]);
  return new Map(rows.map((l) => [l.id, l]));
}

/**
 * Which of the leads about to be written (new ones, or new versions of stored
 * ones) can be written without two leads ending up with one LinkedIn URL or
 * email. `holders` are the stored leads holding any of their keys (see
 * `leadsHoldingKeys`). A lead that would take a key another stored lead keeps
 * is held back as a clash, naming that lead. Holding one back keeps its stored
 * version (and its keys), which may clash with another write: repeat until
 * nothing changes. Pure.
 */
export function resolveLeads(
  writes: readonly Keyed[],
  holders: Iterable<Lead>,
): { accepted: Set<string>; clashes: Map<string, Lead> } {
  const stored = [...holders];
  const accepted = new Set(writes.map((w) => w.id));
  const clashes = new Map<string, Lead>();
  let changed = true;
  while (changed) {
    changed = false;
    const owners = new Map<string, Lead>();
    for (const held of stored) {
      if (!accepted.has(held.id)) for (const k of leadKeys(held)) owners.set(k, held);
    }
    for (const w of writes) {
      if (!accepted.has(w.id)) continue;
      const owner = leadKeys(w)
        .map((k) => owners.get(k))
        .find((o) => o && o.id !== w.id);
      if (owner) {
        accepted.delete(w.id);
        clashes.set(w.id, owner);
        changed = true;
      }
    }
  }
  return { accepted, clashes };
}
