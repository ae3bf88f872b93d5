import { useMemo, useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { type GroupId, groupKeys, leadsByIds } from '../../data/leads/lead-queries';
import { formatMoneyByCurrency, localIsoDate } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';
import { database } from '../lazy-database';
import { settings, stageName } from '../settings-store';
import { requestFlags } from '../ui/row-flags-store';
import { VirtualList } from '../ui/virtual-list';
import { BoardCards } from './board-cards';
import { dropTarget } from './board-drop';
import { createPager } from './group-pager';
import { LeadRow } from './lead-row';
import type { GroupFigures } from './pipeline-figures';

export const ROW_HEIGHT = 66;

interface Props {
  group: GroupId;
  figures: GroupFigures;
  firstRows: Lead[];
  /** The date the first rows were ordered on (what counts as overdue). */
  orderedOn: string;
  /** Rows visible before the list scrolls (taller in the full view's columns). */
  maxRows: number;
  /** Closed groups start folded in the popup; the full view shows everything. */
  foldable: boolean;
  /** A board column (the full view): cards in flow, a drop target. */
  board: boolean;
}

/** One stage (or the won / lost deals): its figures and its leads. */
export function StageGroup({ group, figures, firstRows, orderedOn, maxRows, foldable, board }: Props) {
  const [open, setOpen] = useState(!foldable);
  // Won deals are the Purchase stage reached (shown-groups.ts): the column says both.
  const name =
    group === 'won'
      ? t('groupPurchaseWon', stageName('purchase'))
      : group === 'lost'
        ? t('groupLost')
        : stageName(group);
  const currency = settings.value.defaultCurrency;
  const lang = uiLang();
  const now = Date.now();
  const today = localIsoDate(now);
  const pager = useMemo(
    () =>
      createPager(
        figures.count,
        firstRows,
        async () => groupKeys(await database(), group, orderedOn),
        async (ids) => leadsByIds(await database(), ids),
      ),
    [figures.count, firstRows, group, orderedOn],
  );
  const ensure = useMemo(
    () => async (start: number, end: number) => {
      const added = await pager.ensure(start, end);
      const shown: (Lead | undefined)[] = [];
      for (let i = start; i < end; i++) shown.push(pager.row(i));
      if (group !== 'won' && group !== 'lost') requestFlags(shown);
      return added;
    },
    [pager, group],
  );
  const headingId = `group-${group}`;
  const title = (
    <>
      <span class="group-name">{name}</span> <span class="count">{figures.count}</span>
    </>
  );
  return (
    <section
      class={`stage group-${group}`}
      data-stage={group}
      aria-labelledby={headingId}
      {...(board ? dropTarget(group) : {})}
    >
      <header class="stage-head">
        <h3 id={headingId}>
          {foldable ? (
            <button type="button" class="fold" aria-expanded={open} onClick={() => setOpen(!open)}>
              {title}
            </button>
          ) : (
            title
          )}
        </h3>
        {group !== 'won' && group !== 'lost' ? (
          <a
            class="help"
            href={playbookLink(`stage-${group}`)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('aboutStage', name)}
            title={t('aboutStage', name)}
          >
            ?
          </a>
        ) : null}
      </header>
      <p class="stage-figures">
        {t('groupValue', formatMoneyByCurrency(figures.value, currency, lang))}
        {group !== 'won' && group !== 'lost'
          ? ` · ${t('groupWeighted', formatMoneyByCurrency(figures.weighted, currency, lang))}`
          : ''}
      </p>
      {!open ? null : figures.count === 0 ? (
        <p class="empty-stage">{t('emptyStage')}</p>
      ) : board ? (
        <BoardCards
          count={figures.count}
          label={t('leadsIn', name)}
          row={pager.row}
          ensure={ensure}
          now={now}
          today={today}
        />
      ) : (
        <VirtualList
          count={figures.count}
          rowHeight={ROW_HEIGHT}
          maxRows={maxRows}
          label={t('leadsIn', name)}
          ensure={ensure}
          renderRow={(i, active) => (
            <LeadRow lead={pager.row(i)} index={i} active={active} now={now} today={today} />
          )}
        />
      )}
    </section>
  );
}
