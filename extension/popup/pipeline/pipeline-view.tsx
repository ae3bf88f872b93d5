import { useEffect } from 'preact/hooks';
import { GROUP_IDS } from '../../data/leads/lead-queries';
import { formatMoneyByCurrency } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { processDef, settings } from '../settings-store';
import { loadProblemCount } from '../ui/problem-count-store';
import { DropDialogs } from './board-drop';
import { EmptyState } from './empty-state';
import { keepFormats } from './first-screen-cache';
import { groupFigures, headlineFigures } from './pipeline-figures';
import { type PipelineSnapshot, verifyPipeline } from './pipeline-store';
import { shownGroups } from './shown-groups';
import { StageGroup } from './stage-group';

let marked = false;

/** The stages with their figures: a list in the popup, a board of columns in the full view. */
export function PipelineView({ snapshot, full }: { snapshot: PipelineSnapshot; full: boolean }) {
  const process = processDef.value;
  const total = GROUP_IDS.reduce((n, g) => n + snapshot.counts[g], 0);
  useEffect(() => {
    // The bench reads this mark: the pipeline and its headline figures are on screen.
    if (marked) return;
    marked = true;
    performance.mark('popup-ready');
    // The strings this frame formatted, for the next open's first frame (first-screen-cache.ts).
    keepFormats();
    // Exact counts from the indexes cost more than the whole first screen: check them just after it.
    setTimeout(verifyPipeline, 300);
    // The Problems tab's count waits too: the background counts every open lead for it.
    setTimeout(loadProblemCount, 400);
  }, []);
  if (total === 0) return <EmptyState />;
  const head = headlineFigures(snapshot.counts, snapshot.summary, process);
  const currency = settings.value.defaultCurrency;
  const lang = uiLang();
  return (
    <>
      <dl class="headline">
        <div>
          <dt>{t('headOpenLeads')}</dt>
          <dd>{head.openLeads}</dd>
        </div>
        <div class={head.openOpportunities > head.capacity ? 'over' : undefined}>
          <dt>{t('headOpportunities')}</dt>
          <dd>{t('ofCapacity', head.openOpportunities, head.capacity)}</dd>
        </div>
        <div>
          <dt>{t('headOpenValue')}</dt>
          <dd>{formatMoneyByCurrency(head.openValue, currency, lang)}</dd>
        </div>
        <div>
          <dt>{t('headWeighted')}</dt>
          <dd>{formatMoneyByCurrency(head.weightedValue, currency, lang)}</dd>
        </div>
      </dl>
      {full ? <p class="hint board-hint">{t('boardDropHint')}</p> : null}
      <div class={full ? 'pipeline board' : 'pipeline'}>
        {shownGroups(snapshot.counts).map((g) => (
          <StageGroup
            key={`${g}-${snapshot.loadedAt}`}
            group={g}
            figures={groupFigures(g, snapshot.counts[g], snapshot.summary, process)}
            firstRows={snapshot.firstRows[g]}
            orderedOn={snapshot.today}
            maxRows={full ? 9 : 4}
            foldable={!full && (g === 'won' || g === 'lost')}
            board={full}
          />
        ))}
      </div>
      {full ? <DropDialogs /> : null}
    </>
  );
}
