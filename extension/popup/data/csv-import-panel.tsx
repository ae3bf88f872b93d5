import { useState } from 'preact/hooks';
import { type ContactFileKind, readContactFile } from '../../data/csv/contact-files';
import { type CheckedRows, type CsvProgress, checkRows } from '../../data/csv/csv-check';
import { readCsvFile } from '../../data/csv/csv-decode';
import { applyCsvImport, type CsvPlan, planCsvImport } from '../../data/csv/csv-import';
import type { CsvField, CsvMapping } from '../../data/csv/csv-mapping';
import type { CsvTable, RowError } from '../../data/csv/csv-parse';
import { getDb } from '../../data/db';
import { loadSettings } from '../../data/settings/settings-repository';
import { t } from '../../ui/i18n';
import { CsvMappingStep } from './csv-mapping-step';
import { CsvReviewStep } from './csv-review-step';
import { csvIssueText, FIELD_LABEL, fmt, writeErrorText } from './data-messages';
import { FileChoice, NothingChangedAlert } from './file-choice';
import { RowProblems } from './problem-list';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; text: string }
  | { step: 'mapping'; table: CsvTable; mapping: CsvMapping; kind?: ContactFileKind }
  | { step: 'checking' | 'writing'; table: CsvTable; mapping: CsvMapping; progress: CsvProgress }
  | { step: 'review'; table: CsvTable; mapping: CsvMapping; checked: CheckedRows; plan: CsvPlan }
  | { step: 'done'; table: CsvTable; mapping: CsvMapping; plan: CsvPlan; errors: RowError[] }
  | { step: 'failed'; text: string };

/** A problem's column, as the rep named it in their sheet (`Correo`), else our field name. */
const columnNamer = (table: CsvTable, mapping: CsvMapping) => (path: string) => {
  const at = mapping.indexOf(path as CsvField);
  return table.headers[at] || (path in FIELD_LABEL ? t(FIELD_LABEL[path as CsvField]) : path);
};

/** Choose → map columns (with preview) → check every row (progress) → review → import in one transaction. */
export function CsvImportPanel({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const now = () => Date.now();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const read = await readCsvFile(file);
      if (!read.ok) return setState({ step: 'refused', text: csvIssueText(read) });
      const parsed = readContactFile(file.name, read.text);
      if (!parsed.ok) return setState({ step: 'refused', text: csvIssueText(parsed) });
      const table = { ...parsed.table, encoding: read.encoding };
      setState({ step: 'mapping', table, mapping: parsed.mapping, kind: parsed.kind });
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };
  const check = async (table: CsvTable, mapping: CsvMapping) => {
    const progress = (p: CsvProgress) => setState({ step: 'checking', table, mapping, progress: p });
    progress({ phase: 'checking', done: 0, total: table.rows.length });
    try {
      const db = getDb();
      const ctx = {
        settings: await loadSettings(db),
        decimalComma: table.delimiter === ';',
        now: now(),
        newId: () => crypto.randomUUID(),
      };
      const checked = await checkRows(table, mapping, ctx, progress);
      const plan = await planCsvImport(db, checked.valid, ctx.now);
      setState({ step: 'review', table, mapping, checked, plan });
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };
  const write = async (table: CsvTable, mapping: CsvMapping, checked: CheckedRows) => {
    try {
      const plan = await applyCsvImport(getDb(), checked.valid, now(), (p) =>
        setState({ step: 'writing', table, mapping, progress: p }),
      );
      setState({ step: 'done', table, mapping, plan, errors: [...checked.errors, ...plan.conflicts] });
      onImported();
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };

  return (
    <div class="data-block" aria-live="polite">
      <h4>{t('dataImportCsvTitle')}</h4>
      <p class="hint">{t('dataImportCsvHint')}</p>
      {state.step === 'idle' ||
      state.step === 'refused' ||
      state.step === 'failed' ||
      state.step === 'done' ? (
        <FileChoice
          label={t('dataChooseCsv')}
          accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard,text/x-vcard"
          testId="csv-file"
          onFile={choose}
        />
      ) : null}
      {state.step === 'reading' ? <p role="status">{t('dataWorking')}</p> : null}
      {state.step === 'refused' || state.step === 'failed' ? <NothingChangedAlert text={state.text} /> : null}
      {state.step === 'mapping' && state.kind && state.kind !== 'csv' ? (
        <p class="hint" data-testid="file-kind">
          {t(state.kind === 'vcard' ? 'dataFileKindVcard' : 'dataFileKindLinkedin')}
        </p>
      ) : null}
      {state.step === 'mapping' ? (
        <CsvMappingStep
          table={state.table}
          mapping={state.mapping}
          onMapping={(mapping) => setState({ ...state, mapping })}
          onCheck={() => void check(state.table, state.mapping)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'checking' || state.step === 'writing' ? (
        <div class="data-progress" role="status">
          <progress max={state.progress.total || 1} value={state.progress.done} data-testid="csv-progress" />
          <span>
            {state.step === 'checking'
              ? t('dataChecking', fmt(state.progress.done), fmt(state.progress.total))
              : t('dataWriting', fmt(state.progress.total))}
          </span>
        </div>
      ) : null}
      {state.step === 'review' ? (
        <CsvReviewStep
          checked={state.checked}
          plan={state.plan}
          columnName={columnNamer(state.table, state.mapping)}
          onImport={() => void write(state.table, state.mapping, state.checked)}
          onBack={() => setState({ step: 'mapping', table: state.table, mapping: state.mapping })}
        />
      ) : null}
      {state.step === 'done' ? (
        <div>
          <p class="message message-ok" role="status" data-testid="csv-imported">
            {t('dataCsvImported', fmt(state.plan.added.length), fmt(state.plan.updated.length))}
          </p>
          <RowProblems errors={state.errors} columnName={columnNamer(state.table, state.mapping)} />
        </div>
      ) : null}
    </div>
  );
}
