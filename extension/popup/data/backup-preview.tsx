import type { ClampedTimes } from '../../../shared/backup/future-times';
import type { ImportOptions, ImportPlan } from '../../data/backup/backup-import';
import { formatDateTime } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { fmt } from './data-messages';

const MAX_CONFLICTS_LISTED = 50;

/** What the import would do, before it does it; conflicts named one by one. */
export function BackupPreview({
  plan,
  clamped,
  options,
  onOptions,
  onApply,
  onCancel,
}: {
  plan: ImportPlan;
  clamped: ClampedTimes;
  options: ImportOptions;
  onOptions: (o: ImportOptions) => void;
  onApply: () => void;
  onCancel: () => void;
}) {
  const nothing =
    !plan.added.length &&
    !plan.updated.length &&
    !plan.events.length &&
    !plan.reviews.length &&
    !plan.settings;
  const changedHere =
    plan.conflicts.some((c) => c.reason === 'changed-here') || options.conflicts === 'use-file';
  return (
    <div class="data-preview" data-testid="backup-preview">
      <ul class="data-counts">
        <li data-count="new">{t('dataPreviewNew', fmt(plan.added.length))}</li>
        <li data-count="updated">{t('dataPreviewUpdated', fmt(plan.updated.length))}</li>
        <li data-count="unchanged">{t('dataPreviewUnchanged', fmt(plan.unchanged))}</li>
        <li data-count="conflicts">{t('dataPreviewConflicts', fmt(plan.conflicts.length))}</li>
      </ul>
      <p>{t('dataPreviewHistory', fmt(plan.events.length), fmt(plan.reviews.length))}</p>
      {clamped.count ? (
        <p class="message message-warning" role="status" data-testid="backup-clamped">
          {t(
            'dataBackupClamped',
            fmt(clamped.count),
            clamped.paths[0] ?? '',
            formatDateTime(clamped.to, uiLang()),
          )}
        </p>
      ) : null}
      {plan.conflicts.length ? (
        <ul class="data-conflicts">
          {plan.conflicts.slice(0, MAX_CONFLICTS_LISTED).map((c) => (
            <li key={c.lead.id}>
              <strong>{c.lead.name}</strong>{' '}
              {c.reason === 'same-person'
                ? t('dataConflictSamePerson', c.existing.name)
                : t('dataConflictChangedHere')}
            </li>
          ))}
        </ul>
      ) : null}
      {changedHere ? (
        <fieldset class="data-choice">
          <legend>{t('dataConflictChoice')}</legend>
          <label>
            <input
              type="radio"
              name="conflicts"
              checked={options.conflicts !== 'use-file'}
              onChange={() => onOptions({ ...options, conflicts: 'keep-mine' })}
            />{' '}
            {t('dataKeepMine')}
          </label>
          <label>
            <input
              type="radio"
              name="conflicts"
              checked={options.conflicts === 'use-file'}
              onChange={() => onOptions({ ...options, conflicts: 'use-file' })}
            />{' '}
            {t('dataUseFile')}
          </label>
        </fieldset>
      ) : null}
      {plan.settingsDiffer ? (
        <label class="data-check">
          <input
            type="checkbox"
            checked={options.settings !== false}
            onChange={(e) => onOptions({ ...options, settings: e.currentTarget.checked })}
          />{' '}
          {t('dataUseFileSettings')}
        </label>
      ) : null}
      {nothing ? <p role="status">{t('dataNothingToImport')}</p> : null}
      <div class="actions">
        {nothing ? null : (
          <button type="button" class="primary" onClick={onApply}>
            {t('dataImportButton')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {nothing ? t('dataClose') : t('cancel')}
        </button>
      </div>
    </div>
  );
}
