import type { CheckedRows } from '../../data/csv/csv-check';
import type { CsvPlan } from '../../data/csv/csv-import';
import { t } from '../../ui/i18n';
import { fmt } from './data-messages';
import { RowProblems } from './problem-list';

/** The checked file: what will be added, updated and skipped (row by row), before anything is written. */
export function CsvReviewStep({
  checked,
  plan,
  columnName,
  onImport,
  onBack,
}: {
  checked: CheckedRows;
  plan: CsvPlan;
  columnName: (path: string) => string;
  onImport: () => void;
  onBack: () => void;
}) {
  const errors = [...checked.errors, ...plan.conflicts].sort((a, b) => a.row - b.row);
  const writes = plan.added.length + plan.updated.length;
  return (
    <div class="data-preview" data-testid="csv-review">
      <ul class="data-counts">
        <li data-count="new">{t('dataPreviewNew', fmt(plan.added.length))}</li>
        <li data-count="updated">{t('dataPreviewUpdated', fmt(plan.updated.length))}</li>
        <li data-count="unchanged">{t('dataPreviewUnchanged', fmt(plan.unchanged))}</li>
        <li data-count="skipped">{t('dataPreviewSkipped', fmt(errors.length))}</li>
      </ul>
      <RowProblems errors={errors} columnName={columnName} />
      {writes ? null : <p role="status">{t('dataNothingToImport')}</p>}
      <div class="actions">
        {writes ? (
          <button type="button" class="primary" onClick={onImport}>
            {t('dataImportRowsButton', fmt(writes))}
          </button>
        ) : null}
        <button type="button" onClick={onBack}>
          {t('dataBackToColumns')}
        </button>
      </div>
    </div>
  );
}
