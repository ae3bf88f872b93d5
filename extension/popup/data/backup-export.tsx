import { useState } from 'preact/hooks';
import { backupFile, backupFileName } from '../../data/backup/backup-export';
import { getDb } from '../../data/db';
import { t } from '../../ui/i18n';
import { fmt } from './data-messages';
import { downloadBlob } from './download';
import { ExportOutcome, useExportRun } from './export-run';

/** One JSON file with everything, saved to the rep's downloads. */
export function BackupExport() {
  const [owner, setOwner] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, message, run: runExport } = useExportRun(() => setProgress(null));

  const run = () =>
    runExport(async () => {
      const file = await backupFile(getDb(), {
        owner,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      downloadBlob(backupFileName(Date.now(), owner), file.blob);
      return t('dataBackupSaved', fmt(file.leads));
    });
  return (
    <div class="data-block">
      <h4>{t('dataExportBackupTitle')}</h4>
      <p class="hint">{t('dataExportBackupHint')}</p>
      <label class="field">
        <span>{t('dataOwnerLabel')}</span>
        <input
          type="text"
          maxLength={100}
          value={owner}
          onInput={(e) => setOwner(e.currentTarget.value)}
          autoComplete="name"
        />
      </label>
      <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
        {busy ? t('dataWorking') : t('dataExportBackupButton')}
      </button>
      {busy && progress ? (
        <div class="data-progress" role="status">
          <progress max={progress.total || 1} value={progress.done} data-testid="backup-progress" />
          <span>{t('dataExporting', fmt(progress.done), fmt(progress.total))}</span>
        </div>
      ) : null}
      <ExportOutcome message={message} />
    </div>
  );
}
