import type { Lead } from '../../../shared/model/lead';
import type { EmbudoDb } from '../db';
import { countGroups, GROUP_IDS, type GroupId, groupOf } from './lead-queries';

/**
 * Counts and value totals per pipeline group, kept in `meta` so the popup's
 * first screen costs the same with 100 or 100,000 leads: counting an index
 * range in IndexedDB walks every entry (≈30 ms for 10,000 leads, ≈500 ms for
 * 100,000), and summing values would mean reading every lead.
 *
 * Every write in the repository (lead-repository.ts, lead-edits.ts, lead-delete.ts) updates
 * the summary in the same transaction. A write that bypasses it changes the
 * fingerprint (newest edit, lowest and highest id: three index-edge reads), and
 * the summary is rebuilt once. What the fingerprint cannot see (a single lead
 * deleted behind the repository's back) is caught by `verifySummary`, which
 * the popup runs after its first screen is up.
 */
interface SummaryFingerprint {
  maxUpdatedAt: number;
  firstId: string;
  lastId: string;
}

export interface PipelineSummary {
  version: 1;
  fingerprint: SummaryFingerprint;
  groups: Record<GroupId, { count: number; value: Record<string, number> }>;
}

export const SUMMARY_KEY = 'pipeline-summary';
const NO_LEADS: SummaryFingerprint = { maxUpdatedAt: 0, firstId: '', lastId: '' };

function emptySummary(): PipelineSummary {
  const groups = Object.fromEntries(GROUP_IDS.map((g) => [g, { count: 0, value: {} }]));
  return { version: 1, fingerprint: NO_LEADS, groups: groups as PipelineSummary['groups'] };
}

function add(s: PipelineSummary, lead: Lead, sign: 1 | -1): void {
  const g = s.groups[groupOf(lead)];
  g.count += sign;
  if (lead.value === undefined || lead.value === 0) return;
  const next = (g.value[lead.currency] ?? 0) + sign * lead.value;
  // Sums of decimals drift; a currency whose leads all left must read as absent, not 1e-12.
  if (Math.abs(next) < 1e-6) delete g.value[lead.currency];
  else g.value[lead.currency] = next;
}

/** The totals after one lead changed (`before` absent = created, `after` absent = deleted). Pure. */
export function applyLeadChange(s: PipelineSummary, before?: Lead, after?: Lead): PipelineSummary {
  const next: PipelineSummary = structuredClone(s);
  if (before) add(next, before, -1);
  if (after) add(next, after, 1);
  return next;
}

/** The totals of a whole set of leads (fingerprint left empty). Pure. */
export function summarize(leads: Iterable<Lead>): PipelineSummary {
  const s = emptySummary();
  for (const lead of leads) add(s, lead, 1);
  return s;
}

export function summaryCounts(s: PipelineSummary): Record<GroupId, number> {
  return Object.fromEntries(GROUP_IDS.map((g) => [g, s.groups[g].count])) as Record<GroupId, number>;
}

const sameFingerprint = (a: SummaryFingerprint, b: SummaryFingerprint) =>
  a.maxUpdatedAt === b.maxUpdatedAt && a.firstId === b.firstId && a.lastId === b.lastId;

/** Three reads at the edges of two indexes: constant cost whatever the number of leads. */
async function fingerprintOf(db: EmbudoDb): Promise<SummaryFingerprint> {
  const [max, first, last] = await Promise.all([
    db.leads.orderBy('updatedAt').lastKey(),
    db.leads.toCollection().firstKey(),
    db.leads.toCollection().lastKey(),
  ]);
  return {
    maxUpdatedAt: typeof max === 'number' ? max : 0,
    firstId: String(first ?? ''),
    lastId: String(last ?? ''),
  };
}

function isSummary(v: unknown): v is PipelineSummary {
  return typeof v === 'object' && v !== null && (v as PipelineSummary).version === 1 && 'fingerprint' in v;
}

async function storedSummary(db: EmbudoDb): Promise<PipelineSummary | undefined> {
  const row = await db.meta.get(SUMMARY_KEY);
  return isSummary(row?.value) ? row.value : undefined;
}

/** Reads every lead in pages of `pageSize` by primary key: one request per page, never one per lead. */
async function rebuild(db: EmbudoDb, pageSize = 5000): Promise<PipelineSummary> {
  return db.transaction('rw', db.leads, db.meta, async () => {
    const all: Lead[] = [];
    let page = await db.leads.limit(pageSize).toArray();
    while (page.length) {
      all.push(...page);
      const last = page[page.length - 1]?.id as string;
      page = page.length < pageSize ? [] : await db.leads.where(':id').above(last).limit(pageSize).toArray();
    }
    const summary = { ...summarize(all), fingerprint: await fingerprintOf(db) };
    await db.meta.put({ key: SUMMARY_KEY, value: summary });
    return summary;
  });
}

/** The summary for the first screen: the stored one when its fingerprint holds, else rebuilt. */
export async function loadSummary(db: EmbudoDb): Promise<PipelineSummary> {
  const [stored, fp] = await Promise.all([storedSummary(db), fingerprintOf(db)]);
  if (stored && sameFingerprint(stored.fingerprint, fp)) return stored;
  return rebuild(db);
}

/**
 * Checks the summary's counts against the indexes (slow with many leads: run it
 * after the first screen). Returns a rebuilt summary when they disagree, else undefined.
 */
export async function verifySummary(
  db: EmbudoDb,
  shown: PipelineSummary,
): Promise<PipelineSummary | undefined> {
  const counts = await countGroups(db);
  if (GROUP_IDS.every((g) => counts[g] === shown.groups[g].count)) return undefined;
  return rebuild(db);
}

/**
 * Call inside a read-write transaction that includes `leads` and `meta`, before
 * writing: returns an updater to call after the write. A summary that was
 * already stale is dropped instead of patched, so the next read rebuilds it.
 */
export async function summaryUpdater(db: EmbudoDb) {
  const [stored, fp] = await Promise.all([storedSummary(db), fingerprintOf(db)]);
  const valid = stored !== undefined && sameFingerprint(stored.fingerprint, fp);
  return async (changes: { before?: Lead; after?: Lead }[]) => {
    if (!valid) {
      if (stored) await db.meta.delete(SUMMARY_KEY);
      return;
    }
    let next = stored;
    for (const c of changes) next = applyLeadChange(next, c.before, c.after);
    next.fingerprint = await fingerprintOf(db);
    await db.meta.put({ key: SUMMARY_KEY, value: next });
  };
}

/** For writers outside the repository (backup import): forget the summary; the next read rebuilds it. */
export async function invalidatePipelineSummary(db: EmbudoDb): Promise<void> {
  await db.meta.delete(SUMMARY_KEY);
}
