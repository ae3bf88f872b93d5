import type { ProblemId } from '../../../shared/metrics/problems';
import type { Lead, LeadStatus } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';

/** What the rep asked for in Find. Empty strings mean "any". Pure module. */
type SortKey = 'recent' | 'days' | 'value' | 'due';

export interface FindQuery {
  text: string;
  stage: StageId | '';
  source: string;
  status: LeadStatus | '';
  problem: ProblemId | '';
  sort: SortKey;
}

export const EMPTY_QUERY: FindQuery = {
  text: '',
  stage: '',
  source: '',
  status: '',
  problem: '',
  sort: 'recent',
};

export const SORT_KEYS: readonly SortKey[] = ['recent', 'days', 'value', 'due'];

/** True when the query narrows or reorders anything: the pipeline then shows the results list. */
export function isFinding(q: FindQuery): boolean {
  return (
    q.text.trim() !== '' ||
    q.stage !== '' ||
    q.source !== '' ||
    q.status !== '' ||
    q.problem !== '' ||
    q.sort !== 'recent'
  );
}

/** Lower case without accents: "Martín" is found by "martin" and "MARTÍN". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SEARCHED = [
  'name',
  'company',
  'headline',
  'email',
  'location',
  'nextStep',
  'notes',
  'painPoints',
  'decisionHelpers',
  'lostReason',
  'subject',
] as const;

const haystacks = new WeakMap<Lead, string>();
/** The text a lead is searched by, folded once per lead object. */
function haystack(lead: Lead): string {
  let h = haystacks.get(lead);
  if (h === undefined) {
    h = fold(SEARCHED.map((f) => lead[f] ?? '').join('\n'));
    haystacks.set(lead, h);
  }
  return h;
}

/** Sort orders; ties fall back to name so the list does not jump between runs. */
export function compareLeads(sort: SortKey): (a: Lead, b: Lead) => number {
  const byName = (a: Lead, b: Lead) => a.name.localeCompare(b.name);
  const last = (x: number | undefined, missing: number) => (x === undefined ? missing : x);
  switch (sort) {
    case 'days':
      return (a, b) => a.stageChangedAt - b.stageChangedAt || byName(a, b);
    case 'value':
      return (a, b) => last(b.value, -1) - last(a.value, -1) || byName(a, b);
    case 'due':
      return (a, b) => {
        const x = a.nextStepDue ?? '9999';
        const y = b.nextStepDue ?? '9999';
        return x < y ? -1 : x > y ? 1 : byName(a, b);
      };
    default:
      return (a, b) => b.updatedAt - a.updatedAt || byName(a, b);
  }
}

/**
 * The leads that match every part of the query, sorted. `problemsOf` gives the
 * problems of a lead; it is needed only when the query filters by problem.
 */
export function findLeads(
  leads: readonly Lead[],
  q: FindQuery,
  problemsOf?: (lead: Lead) => readonly ProblemId[],
): Lead[] {
  const terms = fold(q.text).split(/\s+/).filter(Boolean);
  const out = leads.filter(
    (l) =>
      (q.stage === '' || l.stage === q.stage) &&
      (q.status === '' || l.status === q.status) &&
      (q.source === '' || l.source === q.source) &&
      (q.problem === '' || (problemsOf?.(l) ?? []).includes(q.problem)) &&
      terms.every((term) => haystack(l).includes(term)),
  );
  return out.sort(compareLeads(q.sort));
}
