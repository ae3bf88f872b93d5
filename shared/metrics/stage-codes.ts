import type { LeadStatus } from '../model/lead';
import { STAGE_IDS, type StageId } from '../process/stage-list';

export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
const STATUSES: readonly LeadStatus[] = ['open', 'won', 'lost'];

/**
 * Table from a word's first letter to its index, when the first letters tell
 * the words apart. The replay turns ~500,000 stage and status names into
 * numbers; a char code and an array read cost far less than a keyed property
 * lookup by string. Null when two words share a first letter.
 */
function firstLetterTable(words: readonly string[]): Int8Array | null {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < words.length; i++) {
    const c = (words[i] as string).charCodeAt(0);
    if (c >= 128 || table[c] !== -1) return null;
    table[c] = i;
  }
  return table;
}

const STAGE_TABLE = firstLetterTable(STAGE_IDS);
const STATUS_TABLE = firstLetterTable(STATUSES);

/** Index in STAGE_IDS (records are validated, so the name is always one of them). */
export function stageCode(s: StageId): number {
  return STAGE_TABLE ? (STAGE_TABLE[s.charCodeAt(0)] as number) : STAGE_IDS.indexOf(s);
}

/** OPEN, WON or LOST. */
export function statusCode(s: LeadStatus): number {
  return STATUS_TABLE ? (STATUS_TABLE[s.charCodeAt(0)] as number) : STATUSES.indexOf(s);
}
