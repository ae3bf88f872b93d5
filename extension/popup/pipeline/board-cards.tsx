import { useEffect, useState } from 'preact/hooks';
import type { Lead } from '../../../shared/model/lead';
import { t } from '../../ui/i18n';
import { dragSource } from './board-drop';
import { LeadRow } from './lead-row';

/** Cards added per "show more": a column never draws thousands of cards at once. */
const PAGE = 30;

interface Props {
  count: number;
  label: string;
  row: (i: number) => Lead | undefined;
  ensure: (start: number, end: number) => Promise<boolean>;
  now: number;
  today: string;
}

/**
 * A board column's cards in the page's own flow, so each card is as tall as
 * its words (value and next step wrap, never cut), a page at a time; every
 * card is a drag source and a button (Enter opens it, Move is in the detail).
 */
export function BoardCards({ count, label, row, ensure, now, today }: Props) {
  const [shown, setShown] = useState(Math.min(count, 16));
  const [, redraw] = useState(0);
  useEffect(() => {
    // Rows not read with the first screen (a closed group) arrive here.
    void ensure(0, shown).then((added) => added && redraw((n) => n + 1));
  }, [ensure]);
  const more = async () => {
    const next = Math.min(count, shown + PAGE);
    await ensure(shown, next);
    setShown(next);
    redraw((n) => n + 1);
  };
  const cards: Lead[] = [];
  for (let i = 0; i < shown; i++) {
    const lead = row(i);
    if (lead) cards.push(lead);
  }
  return (
    <>
      <ul class="cards" aria-label={label}>
        {cards.map((lead, i) => (
          <li key={lead.id} {...dragSource(lead)}>
            <LeadRow lead={lead} index={i} active={true} now={now} today={today} />
          </li>
        ))}
      </ul>
      {count > shown ? (
        <button type="button" class="show-more" onClick={() => void more()}>
          {t('boardShowMore', Math.min(PAGE, count - shown))}
        </button>
      ) : null}
    </>
  );
}
