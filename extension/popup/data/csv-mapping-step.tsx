import { quoted } from '../../../shared/files/file-problems';
import { CSV_FIELDS, type CsvField, type CsvMapping, mappingProblem } from '../../data/csv/csv-mapping';
import type { CsvTable } from '../../data/csv/csv-parse';
import { t } from '../../ui/i18n';
import { encodingText, FIELD_LABEL, fmt } from './data-messages';

const PREVIEW_ROWS = 5;

/** One line per column: its header, an example, and what it becomes (or "ignore"); then a preview. */
export function CsvMappingStep({
  table,
  mapping,
  onMapping,
  onCheck,
  onCancel,
}: {
  table: CsvTable;
  mapping: CsvMapping;
  onMapping: (m: CsvMapping) => void;
  onCheck: () => void;
  onCancel: () => void;
}) {
  const problem = mappingProblem(mapping);
  const mapped = mapping.flatMap((f, i) => (f ? [{ field: f, at: i }] : []));
  const setField = (at: number, value: string) =>
    onMapping(mapping.map((f, i) => (i === at ? ((value || null) as CsvField | null) : f)));
  return (
    <div class="data-mapping" data-testid="csv-mapping">
      {table.encoding ? (
        <p
          class={table.encoding === 'windows-1252' ? 'message message-warning' : 'hint'}
          data-testid="csv-encoding"
          data-encoding={table.encoding}
        >
          {encodingText(table.encoding)}
        </p>
      ) : null}
      <p>{t('dataCsvRowsFound', fmt(table.rows.length + table.broken.length))}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dataColumn')}</th>
            <th scope="col">{t('dataExample')}</th>
            <th scope="col">{t('dataImportAs')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((h, i) => (
            <tr key={i}>
              <th scope="row">{h || t('dataUnnamedColumn', String(i + 1))}</th>
              <td class="data-example">{quoted(table.rows[0]?.cells[i] ?? '')}</td>
              <td>
                <select
                  aria-label={t('dataImportAsFor', h || String(i + 1))}
                  data-column={i}
                  value={mapping[i] ?? ''}
                  onChange={(e) => setField(i, e.currentTarget.value)}
                >
                  <option value="">{t('dataIgnoreColumn')}</option>
                  {CSV_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(FIELD_LABEL[f])}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapped.length ? (
        <div class="data-scroll">
          <table class="data-preview-table" aria-label={t('dataPreviewTitle')}>
            <caption>{t('dataPreviewTitle')}</caption>
            <thead>
              <tr>
                {mapped.map((m) => (
                  <th key={m.field} scope="col">
                    {t(FIELD_LABEL[m.field])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.row}>
                  {mapped.map((m) => (
                    <td key={m.field}>{quoted(r.cells[m.at] ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {problem ? (
        <p class="message message-error" role="alert">
          {problem === 'no-name' ? t('dataMappingNoName') : t('dataMappingTwice')}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" disabled={!!problem} onClick={onCheck}>
          {t('dataCheckRows')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
