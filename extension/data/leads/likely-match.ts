import type { Candidate } from '../../../shared/capture/candidate';
import type { LikelyMatch } from '../../../shared/capture/messages';
import { canonicalLinkedinUrl, normalizeEmail } from '../../../shared/capture/normalize';
import type { Lead } from '../../../shared/model/lead';
import type { EmbudoDb } from '../db';
import { findExisting } from './lead-repository';

/**
 * Text as a person would compare it: case, accents, punctuation and spacing
 * do not count ("Lucía Ferrer-Ortega" = "lucia ferrer ortega"). Pure.
 */
export function foldText(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type MatchKeys = Pick<Candidate, 'kind' | 'name' | 'company' | 'linkedinUrl' | 'email'>;

/** Both sides hold a key and the keys differ: two people, whatever their names say. */
function keysDiffer(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Whether `lead` looks like the capture's person: same kind, same folded name,
 * and the same folded company (any company when the capture found none), with
 * no LinkedIn URL or email telling them apart. Pure.
 */
export function isLikelyMatch(c: MatchKeys, lead: Lead): boolean {
  const name = foldText(c.name);
  if (lead.kind !== c.kind || !name || name !== foldText(lead.name)) return false;
  if (keysDiffer(canonicalLinkedinUrl(c.linkedinUrl), canonicalLinkedinUrl(lead.linkedinUrl))) return false;
  if (keysDiffer(normalizeEmail(c.email), normalizeEmail(lead.email))) return false;
  const company = foldText(c.company);
  return !company || company === foldText(lead.company);
}

/** The best of several look-alikes: an open deal before a closed one, then the latest touched. Pure. */
export function bestMatch(c: MatchKeys, leads: readonly Lead[]): Lead | undefined {
  const open = (l: Lead) => (l.status === 'open' ? 1 : 0);
  return leads
    .filter((l) => isLikelyMatch(c, l))
    .sort((a, b) => open(b) - open(a) || b.updatedAt - a.updatedAt)[0];
}

/**
 * The look-alike lead for a capture. An index cannot fold accents, so the
 * `name` index is asked for names that start like the capture's (its first
 * three letters, as written and folded, any case) — a few rows even among
 * 100,000 leads — and those are compared folded. A name whose first letters
 * differ only by an accent from the stored one is not offered.
 */
export async function findLikelyMatch(db: EmbudoDb, c: MatchKeys): Promise<LikelyMatch | undefined> {
  const target = foldText(c.name);
  if (!target) return undefined;
  const prefixes = [...new Set([c.name.trim().slice(0, 3), target.slice(0, 3)])].filter(Boolean);
  const near = await db.leads.where('name').startsWithAnyOfIgnoreCase(prefixes).toArray();
  const alike = near.filter((l) => foldText(l.name) === target);
  if (alike.length === 0) return undefined;
  const lead = bestMatch(c, alike);
  if (!lead) return undefined;
  return {
    id: lead.id,
    name: lead.name,
    stage: lead.stage,
    status: lead.status,
    ...(lead.company ? { company: lead.company } : {}),
  };
}

/** What the review form needs about a capture: the lead its keys point to, else a look-alike to offer. */
export async function matchCandidate(
  db: EmbudoDb,
  c: MatchKeys,
): Promise<{ existingLeadId?: string; likelyMatch?: LikelyMatch }> {
  const existing = await findExisting(db, c);
  if (existing) return { existingLeadId: existing.id };
  const likelyMatch = await findLikelyMatch(db, c);
  return likelyMatch ? { likelyMatch } : {};
}
