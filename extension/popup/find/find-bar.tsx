import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { Lazy } from '../ui/lazy';
import { isFinding } from './find-logic';
import { clearFind, findQuery, updateQuery } from './find-store';

const loadFilters = () => import('./find-filters');

/** Search box, and the filters and sort behind a toggle (always shown in the full view). */
export function FindBar({ full }: { full: boolean }) {
  const [showFilters, setShowFilters] = useState(full);
  const q = findQuery.value;
  return (
    <search class="find">
      <div class="find-row">
        <label class="visually-hidden" for="find-text">
          {t('findLabel')}
        </label>
        <input
          id="find-text"
          type="search"
          placeholder={t('findPlaceholder')}
          value={q.text}
          autocomplete="off"
          onInput={(e) => updateQuery({ text: e.currentTarget.value })}
        />
        {full ? null : (
          <button
            type="button"
            aria-expanded={showFilters}
            aria-controls="find-filters"
            onClick={() => setShowFilters(!showFilters)}
          >
            {t('filtersToggle')}
          </button>
        )}
        {isFinding(q) ? (
          <button type="button" onClick={clearFind}>
            {t('clearFind')}
          </button>
        ) : null}
      </div>
      {showFilters ? (
        <div id="find-filters">
          <Lazy load={loadFilters} props={{}} />
        </div>
      ) : null}
    </search>
  );
}
