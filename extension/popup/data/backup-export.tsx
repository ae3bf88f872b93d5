import { useState } from 'preact/hooks';
import { backupFile, backupFileName } from '../../data/backup/backup-export';
import { getDb } from '../../data/db';
import { t } from '../../ui/i18n';
import { fmt, writeErrorText } from './data-messages';
import { downloadBlob } from './download';

/** One JSON file with everything, saved to the rep's downloads. */
export function BackupExport() {
  const [owner, setOwner] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await backupFile(getDb(), {
        owner,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      downloadBlob(backupFileName(Date.now(), owner), file.blob);
      setMessage({ ok: true, text: t('dataBackupSaved', fmt(file.leads)) });
    } catch (err) {
      setMessage({ ok: false, text: writeErrorText(err) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
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
      {message ? (
        <p class={message.ok ? 'message message-ok' : 'message message-error'} role="status">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
