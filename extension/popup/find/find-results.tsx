import { useMemo } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { localIsoDate } from '../../ui/format';
import { t } from '../../ui/i18n';
import { LeadRow } from '../pipeline/lead-row';
import { ROW_HEIGHT } from '../pipeline/stage-group';
import { requestFlags } from '../ui/row-flags-store';
import { VirtualList } from '../ui/virtual-list';
import { findBusy } from './find-store';

/** The leads Find matched, in one scrolling list. */
export function FindResults({ leads, run, full }: { leads: Lead[]; run: number; full: boolean }) {
  const now = Date.now();
  const today = localIsoDate(now);
  const ensure = useMemo(
    () => async (start: number, end: number) => {
      requestFlags(leads.slice(start, end).filter((l) => l.status === 'open'));
      return false;
    },
    [leads],
  );
  return (
    <section class="find-results" aria-labelledby="find-count">
      <h2 id="find-count" aria-live="polite">
        {findBusy.value ? t('searching') : t('foundCount', leads.length)}
      </h2>
      {leads.length === 0 ? (
        <p class="empty-stage">{t('nothingFound')}</p>
      ) : (
        <VirtualList
          key={run}
          count={leads.length}
          rowHeight={ROW_HEIGHT}
          maxRows={full ? 12 : 6}
          label={t('findResultsLabel')}
          ensure={ensure}
          renderRow={(i, active) => (
            <LeadRow lead={leads[i]} index={i} active={active} now={now} today={today} />
          )}
        />
      )}
    </section>
  );
}
