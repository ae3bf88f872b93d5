import { useState } from 'preact/hooks';
import { type CsvDelimiter, csvFileName, leadsToCsv } from '../../data/csv/csv-export';
import { getDb } from '../../data/db';
import { loadSettings } from '../../data/settings/settings-repository';
import { t, uiLang } from '../../ui/i18n';
import { fmt } from './data-messages';
import { downloadBlob } from './download';
import { ExportOutcome, useExportRun } from './export-run';

/** Leads as a spreadsheet for HubSpot, Pipedrive or Excel; `;` for a Spanish Excel. */
export function CsvExportPanel() {
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(uiLang() === 'es' ? ';' : ',');
  const { busy, message, run: runExport } = useExportRun();

  const run = () =>
    runExport(async () => {
      const db = getDb();
      const [leads, settings] = await Promise.all([db.leads.toArray(), loadSettings(db)]);
      const csv = leadsToCsv(leads, { delimiter, lang: uiLang(), settings });
      downloadBlob(csvFileName(), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      return t('dataCsvSaved', fmt(leads.length));
    });
  return (
    <div class="data-block">
      <h4>{t('dataExportCsvTitle')}</h4>
      <p class="hint">{t('dataExportCsvHint')}</p>
      <label class="field">
        <span>{t('dataSeparator')}</span>
        <select
          data-testid="csv-separator"
          value={delimiter}
          onChange={(e) => setDelimiter(e.currentTarget.value as CsvDelimiter)}
        >
          <option value=",">{t('dataSeparatorComma')}</option>
          <option value=";">{t('dataSeparatorSemicolon')}</option>
        </select>
      </label>
      <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
        {busy ? t('dataWorking') : t('dataExportCsvButton')}
      </button>
      <ExportOutcome message={message} />
    </div>
  );
}
