import type { Lead } from '../../../shared/model/lead';
import type { EmbudoDb } from '../db';
import { leadOf } from './lead-rows';

/**
 * The lead stored under a canonical LinkedIn URL: one read on the unique
 * index, no zod, so the popup and the page button can ask it on every open.
 */
export async function leadWithLinkedinUrl(db: EmbudoDb, canonicalUrl: string): Promise<Lead | undefined> {
  const row = await db.leads.where('linkedinUrl').equals(canonicalUrl).first();
  return row && leadOf(row);
}
