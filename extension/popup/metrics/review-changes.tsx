import type { ReviewDiff } from '../../../shared/metrics/review-diff';
import type { Lead } from '../../../shared/model/lead';
import { type MessageKey, t } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { changeLists } from './review-view';

/** Names listed per kind of change; the rest is counted ("and 40 more"). */
const NAMES = 20;

const LABELS: Record<keyof ReturnType<typeof changeLists>, MessageKey> = {
  newLeads: 'reviewNewLeads',
  moves: 'reviewMoves',
  wins: 'reviewWins',
  losses: 'reviewLosses',
  newProblems: 'reviewNewProblems',
  resolvedProblems: 'reviewResolvedProblems',
};

/** What changed since the last review: counts, each opening onto the leads concerned. */
export function ReviewChanges({ diff, leads }: { diff: ReviewDiff; leads: ReadonlyMap<string, Lead> }) {
  const lists = changeLists(diff);
  return (
    <ul class="review-changes">
      {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((kind) => {
        const ids = [...new Set(lists[kind])];
        const count = kind === 'moves' ? lists.moves.length : ids.length;
        return (
          <li key={kind} data-change={kind}>
            {ids.length === 0 ? (
              <span>
                {t(LABELS[kind])}: <strong>0</strong>
              </span>
            ) : (
              <details>
                <summary>
                  {t(LABELS[kind])}: <strong>{count}</strong>
                </summary>
                <ul class="review-names">
                  {ids.slice(0, NAMES).map((id) => (
                    <li key={id}>
                      <button type="button" class="link" onClick={() => openLead(id)}>
                        {leads.get(id)?.name ?? id}
                      </button>
                    </li>
                  ))}
                </ul>
                {ids.length > NAMES ? <p class="hint">{t('reviewAndMore', ids.length - NAMES)}</p> : null}
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
