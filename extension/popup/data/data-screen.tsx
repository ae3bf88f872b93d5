import { useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { loadSettings } from '../../data/settings/settings-repository';
import { t } from '../../ui/i18n';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { setSettings } from '../settings-store';
import { BackupExport } from './backup-export';
import { BackupImport } from './backup-import';
import { CsvExportPanel } from './csv-export-panel';
import { CsvImportPanel } from './csv-import-panel';
import { DeleteAllPanel } from './delete-all-panel';
import { StoragePanel } from './storage-panel';
import './data.css';

/** After an import or a delete, the rest of the app redraws from the database. */
async function refreshApp(): Promise<void> {
  await setSettings(await loadSettings(getDb()));
  await refreshAfterWrite();
}

/**
 * "Your data": what is stored and how safe it is, backup and CSV in and out,
 * and deleting everything. Shown as a popup screen (screens.ts) and as its own
 * page, data.html, where file choosers work (see canChooseFiles).
 */
export function DataScreen({ onDataChanged }: { onDataChanged?: () => void }) {
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion((v) => v + 1);
    void refreshApp().catch((err) => console.warn('[embudo] refresh after import failed', err));
    onDataChanged?.();
  };
  return (
    <section class="data-screen" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="hint">{t('dataIntro')}</p>
      <StoragePanel version={version} />
      <section class="data-section" aria-labelledby="data-backup-title">
        <h3 id="data-backup-title">{t('dataBackupTitle')}</h3>
        <BackupExport />
        <BackupImport onImported={changed} />
      </section>
      <section class="data-section" aria-labelledby="data-csv-title">
        <h3 id="data-csv-title">{t('dataCsvTitle')}</h3>
        <CsvExportPanel />
        <CsvImportPanel onImported={changed} />
      </section>
      <DeleteAllPanel onDeleted={changed} />
    </section>
  );
}

/** The popup's Data tab: the same screen, mounted with no props like every lazy screen. */
export default function DataTab() {
  return <DataScreen />;
}
