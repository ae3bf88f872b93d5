import { useState } from 'preact/hooks';
import type { ClampedTimes } from '../../../shared/backup/future-times';
import type { BackupRefusal } from '../../../shared/backup/read-backup';
import type { Backup } from '../../../shared/model/backup';
import { checkBackupFile } from '../../data/backup/backup';
import {
  applyBackup,
  type ImportOptions,
  type ImportPlan,
  planBackupImport,
} from '../../data/backup/backup-import';
import { getDb } from '../../data/db';
import { t } from '../../ui/i18n';
import { BackupPreview } from './backup-preview';
import { backupIssueText, fmt, writeErrorText } from './data-messages';
import { FileChoice, NothingChangedAlert } from './file-choice';
import { PathProblems } from './problem-list';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'refused'; check: BackupRefusal }
  | { step: 'preview'; backup: Backup; clamped: ClampedTimes; plan: ImportPlan; options: ImportOptions }
  | { step: 'done'; plan: ImportPlan }
  | { step: 'failed'; text: string };

/** Choose a file → everything checked → preview → one transaction. Nothing is written before "Import". */
export function BackupImport({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'busy' });
    try {
      const check = await checkBackupFile(file);
      if (!check.ok) return setState({ step: 'refused', check });
      const options: ImportOptions = { conflicts: 'keep-mine', settings: true };
      const plan = await planBackupImport(getDb(), check.backup, options);
      setState({ step: 'preview', backup: check.backup, clamped: check.clamped, plan, options });
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };
  const replan = async (backup: Backup, clamped: ClampedTimes, options: ImportOptions) => {
    const plan = await planBackupImport(getDb(), backup, options);
    setState({ step: 'preview', backup, clamped, plan, options });
  };
  const apply = async (backup: Backup, options: ImportOptions) => {
    setState({ step: 'busy' });
    try {
      const plan = await applyBackup(getDb(), backup, options);
      setState({ step: 'done', plan });
      onImported();
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };

  return (
    <div class="data-block" aria-live="polite">
      <h4>{t('dataImportBackupTitle')}</h4>
      <p class="hint">{t('dataImportBackupHint')}</p>
      <FileChoice
        label={t('dataChooseBackup')}
        accept=".json,application/json"
        testId="backup-file"
        disabled={state.step === 'busy'}
        onFile={choose}
      />
      {state.step === 'busy' ? <p role="status">{t('dataWorking')}</p> : null}
      {state.step === 'refused' ? (
        <div class="message message-error" role="alert" data-testid="backup-refused">
          <p>{backupIssueText(state.check.issue)}</p>
          {state.check.problems.length ? (
            <PathProblems problems={state.check.problems} total={state.check.total} />
          ) : null}
          <p>{t('dataNothingChanged')}</p>
        </div>
      ) : null}
      {state.step === 'preview' ? (
        <BackupPreview
          plan={state.plan}
          clamped={state.clamped}
          options={state.options}
          onOptions={(o) => void replan(state.backup, state.clamped, o)}
          onApply={() => void apply(state.backup, state.options)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'done' ? (
        <p class="message message-ok" role="status" data-testid="backup-imported">
          {t('dataBackupImported', fmt(state.plan.added.length), fmt(state.plan.updated.length))}
        </p>
      ) : null}
      {state.step === 'failed' ? <NothingChangedAlert text={state.text} /> : null}
    </div>
  );
}
