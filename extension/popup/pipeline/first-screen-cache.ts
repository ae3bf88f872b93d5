import type { Lead } from '../../../shared/model/lead';
import type { Settings } from '../../../shared/model/settings';
import { formatsSoFar, seedFormats } from '../../../shared/present/format-memo';
import { DAY_MS } from '../../../shared/time/day';
import { GROUP_IDS, type GroupId } from '../../data/leads/lead-queries';
import type { PipelineSummary } from '../../data/leads/pipeline-summary';
import { mergeStoredSettings } from '../../data/settings/settings-read';

/**
 * A copy of what the pipeline screen last drew (settings, counts, first rows),
 * kept in the page's `localStorage` so the next popup draws it before IndexedDB
 * is even open. After the browser starts, opening the database and reading the
 * first screen cost ~70 ms of the ~270 ms first open; `localStorage` is read
 * synchronously in ~2 ms (measured with scripts/bench/profile-cold.ts). The copy
 * is only a first frame: the real read follows at once and replaces it, so a
 * lead deleted or moved elsewhere shows at most until that read lands.
 * The first open after the browser starts is usually the day's first, so a copy
 * kept on an earlier day (up to COPY_MAX_DAYS) still draws that frame: its rows
 * keep the order they were read in (what was overdue then), while each row's
 * labels (due, days in stage) are worked out for today as it is drawn. Without
 * it the day's first open waited for the database (~250 ms against ~170 ms at
 * 10k leads, scripts/bench; README, Performance).
 * `storage.session` would not do: it is empty after the browser starts.
 */
interface CachedPipeline {
  counts: Record<GroupId, number>;
  firstRows: Record<GroupId, Lead[]>;
  summary: PipelineSummary;
  /** The local day the rows were read and ordered on (YYYY-MM-DD). */
  today: string;
  /** Read with the closed groups' rows (the full view shows them open). */
  withClosedRows: boolean;
}

const PIPELINE_KEY = 'embudo.first-screen.pipeline';
const SETTINGS_KEY = 'embudo.first-screen.settings';
const FORMATS_KEY = 'embudo.first-screen.formats';
const VERSION = 1;
/** How many days old a copy may be and still draw the first frame: a long weekend away. */
export const COPY_MAX_DAYS = 4;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from the local date `from` to `to` (both YYYY-MM-DD), or NaN for anything else. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const m = ISO_DAY.exec(iso);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  };
  return Math.round((day(to) - day(from)) / DAY_MS);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A row the list can draw: the fields LeadRow reads without a fallback. */
const isRow = (v: unknown): v is Lead =>
  isObject(v) &&
  typeof v.id === 'string' &&
  typeof v.name === 'string' &&
  typeof v.status === 'string' &&
  typeof v.stage === 'string' &&
  typeof v.stageChangedAt === 'number';

/**
 * The stored copy when it can stand in for the real read: well formed, read
 * today or on one of the COPY_MAX_DAYS days before (never on a later day: a
 * clock put back), and holding the rows `full` needs. Pure: anything else (an
 * older format, a hand-edited value) is `null`.
 */
export function decodeCachedPipeline(
  raw: string | null,
  today: string,
  full: boolean,
): CachedPipeline | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(v) || v.version !== VERSION || typeof v.today !== 'string') return null;
  const age = daysBetween(v.today, today);
  if (!(age >= 0 && age <= COPY_MAX_DAYS)) return null;
  if (full && v.withClosedRows !== true) return null;
  const { counts, firstRows, summary } = v;
  if (!isObject(counts) || !isObject(firstRows) || !isObject(summary) || summary.version !== 1) return null;
  if (!isObject(summary.groups) || !isObject(summary.fingerprint)) return null;
  const groups = summary.groups;
  for (const g of GROUP_IDS) {
    const rows = firstRows[g];
    if (typeof counts[g] !== 'number' || !isObject(groups[g])) return null;
    if (!Array.isArray(rows) || !rows.every(isRow)) return null;
  }
  return v as unknown as CachedPipeline;
}

export function encodeCachedPipeline(p: CachedPipeline): string {
  return JSON.stringify({ version: VERSION, ...p });
}

/** Stored settings over the defaults, as the first database read gives them. Pure. */
export function decodeCachedSettings(raw: string | null): Settings | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return isObject(v) && v.version === VERSION && isObject(v.settings)
      ? mergeStoredSettings(v.settings)
      : null;
  } catch {
    return null;
  }
}

/**
 * Formatted money and dates kept by an earlier page (shared/present/format-memo.ts),
 * when that page ran the same browser build (another ICU may format differently). Pure.
 */
export function decodeCachedFormats(raw: string | null, browserBuild: string): [string, string][] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    if (!isObject(v) || v.version !== VERSION || v.browser !== browserBuild || !Array.isArray(v.entries))
      return [];
    return v.entries.filter(
      (e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string',
    );
  } catch {
    return [];
  }
}

/** The page's storage, or none (a browser that blocks it): the popup then reads the database first. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch (err) {
    // Full or blocked: the next open reads the database first, as without the copy.
    console.warn('[embudo] could not keep the first screen for the next open', err);
  }
}

export function readCachedPipeline(today: string, full: boolean): CachedPipeline | null {
  return decodeCachedPipeline(storage()?.getItem(PIPELINE_KEY) ?? null, today, full);
}

export function readCachedSettings(): Settings | null {
  return decodeCachedSettings(storage()?.getItem(SETTINGS_KEY) ?? null);
}

/** Before the first frame: the strings it formats come from memory, not from a new `Intl` object. */
export function seedCachedFormats(): void {
  seedFormats(decodeCachedFormats(storage()?.getItem(FORMATS_KEY) ?? null, navigator.userAgent));
}

/** How long after a read its screen is surely drawn (Preact redraws on the next tick). */
const DRAWN_MS = 250;

export function keepPipeline(p: CachedPipeline): void {
  write(PIPELINE_KEY, encodeCachedPipeline(p));
  // What the screen formatted, once the read's redraw (if any) has formatted it.
  setTimeout(keepFormats, DRAWN_MS);
}

/** The strings formatted so far; the pipeline screen calls it once its first frame is up, too. */
export function keepFormats(): void {
  write(
    FORMATS_KEY,
    JSON.stringify({ version: VERSION, browser: navigator.userAgent, entries: formatsSoFar() }),
  );
}

export function keepSettings(settings: Settings): void {
  write(SETTINGS_KEY, JSON.stringify({ version: VERSION, settings }));
}

/** After "delete all my data": no copy of a lead may outlive the database's. */
export function forgetFirstScreen(): void {
  const s = storage();
  for (const key of [PIPELINE_KEY, SETTINGS_KEY, FORMATS_KEY]) s?.removeItem(key);
}
