import type { Problem } from '../../../shared/files/file-problems';
import type { RowError } from '../../data/csv/csv-parse';
import { t } from '../../ui/i18n';
import { fmt, problemText } from './data-messages';

/** Problems of a backup file, by path; `total` may exceed what is listed. Every string is rendered as text. */
export function PathProblems({ problems, total }: { problems: Problem[]; total: number }) {
  return (
    <div class="data-problems">
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> {problemText(p)}
          </li>
        ))}
      </ul>
      {total > problems.length ? (
        <p class="hint">{t('dataMoreProblems', fmt(total - problems.length))}</p>
      ) : null}
    </div>
  );
}

/** How many skipped rows are listed; the count says how many there are in all. */
const MAX_ROWS_LISTED = 200;

/** Spreadsheet rows that were (or will be) skipped, with the column each problem is in. */
export function RowProblems({
  errors,
  columnName,
}: {
  errors: RowError[];
  columnName: (path: string) => string;
}) {
  if (!errors.length) return null;
  return (
    <div class="data-problems" data-testid="row-errors">
      <p>{t('dataRowsSkipped', fmt(errors.length))}</p>
      <ul>
        {errors.slice(0, MAX_ROWS_LISTED).map((e) => (
          <li key={e.row} data-row={e.row}>
            <strong>{t('dataRowNumber', String(e.row))}</strong>{' '}
            {e.problems
              .map((p) => (p.path ? `${columnName(p.path)}: ${problemText(p)}` : problemText(p)))
              .join('; ')}
          </li>
        ))}
      </ul>
      {errors.length > MAX_ROWS_LISTED ? (
        <p class="hint">{t('dataMoreProblems', fmt(errors.length - MAX_ROWS_LISTED))}</p>
      ) : null}
    </div>
  );
}
