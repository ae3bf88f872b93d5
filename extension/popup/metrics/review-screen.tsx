import { useMemo, useState } from 'preact/hooks';
import { resolvePeriod } from '../../../shared/metrics/period';
import { diffSinceReview } from '../../../shared/metrics/review-diff';
import { nextReviewDue } from '../../../shared/process/review-due';
import { formatDateTime } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { showNotice } from '../ui/notice-store';
import { useMetricsData } from './metrics-data';
import { analysisFor } from './metrics-store';
import { ReviewChanges } from './review-changes';
import { recordThisReview, useReviewRecord } from './review-record';
import { ReviewFigures, ReviewTrends } from './review-tables';
import { REVIEW_PERIOD } from './review-view';
import './metrics.css';

/**
 * The regular review: what changed since the last recorded review, the
 * figures then and now, the recent months, and "Record this review" so the
 * next review compares against today.
 */
export default function ReviewScreen() {
  const [version, setVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  const loaded = useMetricsData();
  const record = useReviewRecord(version);
  const lang = uiLang();
  const view = useMemo(() => {
    if (loaded.status !== 'ready' || record.status !== 'ready') return null;
    const { data, now } = loaded;
    const analysis = analysisFor(data, resolvePeriod(REVIEW_PERIOD, now), now);
    const diff = diffSinceReview({
      previous: record.last,
      histories: analysis.histories,
      events: data.events,
      report: analysis.report,
      problems: analysis.problems,
      reviewCadenceDays: data.settings.reviewCadenceDays,
    });
    const cadence = data.settings.reviewCadenceDays;
    const due = nextReviewDue(record.last?.at ?? null, record.anchor ?? now, cadence);
    return { analysis, diff, due, cadence, now, leads: new Map(data.leads.map((l) => [l.id, l])) };
  }, [loaded, record]);

  const onRecord = async () => {
    if (!view) return;
    setSaving(true);
    try {
      await recordThisReview(view.analysis.report, view.analysis.problems, Date.now());
      showNotice({ text: t('reviewRecorded') });
      setVersion((v) => v + 1);
    } catch (err) {
      showNotice({ text: t('reviewRecordFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setSaving(false);
    }
  };

  const failed =
    loaded.status === 'error' ? loaded.message : record.status === 'error' ? record.message : null;
  const last = record.status === 'ready' ? record.last : null;
  return (
    <section class="review-screen" aria-labelledby="review-title">
      <h2 id="review-title">{t('reviewScreenTitle')}</h2>
      {failed ? <p class="message message-warn">{t('loadFailed', failed)}</p> : null}
      {!view && !failed ? <p class="loading">{t('loading')}</p> : null}
      {view ? (
        <>
          <p class="review-since" data-has-previous={last ? 'yes' : 'no'}>
            {last ? t('reviewSinceLast', formatDateTime(last.at, lang)) : t('reviewFirst', view.cadence)}
          </p>
          <p class="review-due">
            {view.due <= view.now
              ? t('reviewOverdue', formatDateTime(view.due, lang))
              : t('reviewNextDue', formatDateTime(view.due, lang), view.cadence)}
          </p>
          <button type="button" class="primary" disabled={saving} onClick={() => void onRecord()}>
            {t('reviewRecord')}
          </button>
          <section aria-labelledby="review-changes-title">
            <h3 id="review-changes-title">{t('reviewChangesTitle')}</h3>
            <ReviewChanges diff={view.diff} leads={view.leads} />
          </section>
          <ReviewFigures
            diff={view.diff}
            currency={view.analysis.report.currency}
            hasPrevious={last !== null}
          />
          <ReviewTrends trends={view.analysis.report.trends} />
        </>
      ) : null}
    </section>
  );
}
