import { useEffect, useState } from 'preact/hooks';
import type { ProblemsReport } from '../../../shared/metrics/problems';
import { snapshotForReview } from '../../../shared/metrics/review-diff';
import type { MetricsReport } from '../../../shared/metrics/types';
import type { Review } from '../../../shared/model/review';
import { getDb } from '../../data/db';
import { lastReview, readReminderState, recordReview } from '../../data/settings/review-repository';
import { requestBadgeRefresh } from './badge-refresh';

type ReviewRecord =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; last: Review | null; anchor: number | null };

/** The last recorded review and when the cadence started; read again whenever `version` changes. */
export function useReviewRecord(version: number): ReviewRecord {
  const [state, setState] = useState<ReviewRecord>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const db = getDb();
    Promise.all([lastReview(db), readReminderState(db)]).then(
      ([last, reminder]) => live && setState({ status: 'ready', last, anchor: reminder?.anchor ?? null }),
      (err: unknown) =>
        live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}

/** Records the review (what the next one compares against) and lets the background know. */
export async function recordThisReview(
  report: MetricsReport,
  problems: ProblemsReport,
  at: number,
): Promise<Review> {
  const review = await recordReview(getDb(), snapshotForReview(report, problems), at);
  await requestBadgeRefresh();
  return review;
}
