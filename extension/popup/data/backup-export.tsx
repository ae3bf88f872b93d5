import { useState } from 'preact/hooks';
import { backupFile, backupFileName } from '../../data/backup';
import { getDb } from '../../data/db';
import { t } from '../../ui/i18n';
import { fmt, writeErrorText } from './data-messages';
import { downloadBlob } from './download';

/** One JSON file with everything, saved to the rep's downloads. */
export function BackupExport() {
  const [owner, setOwner] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await backupFile(getDb(), { owner });
      downloadBlob(backupFileName(), file.blob);
      setMessage({ ok: true, text: t('dataBackupSaved', fmt(file.leads)) });
    } catch (err) {
      setMessage({ ok: false, text: writeErrorText(err) });
    } finally {
      setBusy(false);
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
      {message ? (
        <p class={message.ok ? 'message message-ok' : 'message message-error'} role="status">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
