import { t } from '../../ui/i18n';
import { FindBar } from '../find/find-bar';
import { FindResults } from '../find/find-results';
import { findResults } from '../find/find-store';
import { pipeline, pipelineError } from './pipeline-store';
import { PipelineView } from './pipeline-view';

/** The home screen: Find on top, then the stages (or what Find matched). */
export function PipelineScreen({ full }: { full: boolean }) {
  const found = findResults.value;
  const snapshot = pipeline.value;
  // Nothing to find before the first lead: the empty state teaches what to do instead.
  const empty = snapshot !== null && !found && Object.values(snapshot.counts).every((n) => n === 0);
  return (
    <section aria-labelledby="pipeline-title">
      <h2 id="pipeline-title" class="visually-hidden">
        {t('pipeline')}
      </h2>
      {empty ? null : <FindBar full={full} />}
      {pipelineError.value ? (
        <p class="message message-warn" role="alert">
          {t('loadFailed', pipelineError.value)}
        </p>
      ) : null}
      {found ? (
        <FindResults leads={found.leads} run={found.run} full={full} />
      ) : snapshot ? (
        <PipelineView snapshot={snapshot} full={full} />
      ) : (
        <p class="loading">{t('loading')}</p>
      )}
    </section>
  );
}
