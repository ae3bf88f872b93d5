import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { countStored, type StoredCounts } from '../../data/delete-all';
import {
  formatBytes,
  readStorageStatus,
  requestPersistence,
  type StorageStatus,
} from '../../data/storage-status';
import { t } from '../../ui/i18n';
import { fmt } from './data-messages';

/** What is stored, how much room it takes, and whether the browser may clear it under disk pressure. */
export function StoragePanel({ version }: { version: number }) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [counts, setCounts] = useState<StoredCounts | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void readStorageStatus().then(setStatus);
    void countStored(getDb()).then(setCounts);
  }, [version]);

  const protect = async () => {
    const granted = await requestPersistence();
    setRefused(!granted);
    setStatus(await readStorageStatus());
  };
  const lang = document.documentElement.lang || undefined;
  return (
    <section class="data-section" aria-labelledby="data-storage-title">
      <h3 id="data-storage-title">{t('dataStorageTitle')}</h3>
      {counts ? (
        <p data-testid="stored-counts">{t('dataCounts', fmt(counts.leads), fmt(counts.reviews))}</p>
      ) : null}
      {status?.usage !== undefined && status.quota !== undefined ? (
        <p>{t('dataUsage', formatBytes(status.usage, lang), formatBytes(status.quota, lang))}</p>
      ) : null}
      {status?.persisted ? (
        <p class="message-ok" data-testid="persist-status">
          {t('dataPersisted')}
        </p>
      ) : (
        // Informs, not alarms: most browsers never clear a site's data, and a backup covers the rest.
        <div class="persist-offer">
          <p class="persist-note" data-testid="persist-status">
            {t('dataNotPersisted')}
          </p>
          <button type="button" onClick={() => void protect()}>
            {t('dataPersistButton')}
          </button>
          {refused ? <p class="hint">{t('dataPersistRefused')}</p> : null}
        </div>
      )}
    </section>
  );
}
