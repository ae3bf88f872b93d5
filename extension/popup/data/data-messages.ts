import type { BackupFileIssue } from '../../../shared/backup/read-backup';
import { describeProblem, type Problem } from '../../../shared/files/file-problems';
import type { CsvField } from '../../data/csv/csv-mapping';
import { storageErrorKind } from '../../data/storage-status';
import { type MessageKey, t } from '../../ui/i18n';

/** A problem found in an imported file, in the rep's language (the English text is the fallback). */
export function problemText(p: Problem): string {
  const [a = '', b = ''] = p.params;
  switch (p.code) {
    case 'required':
      return t('dataProblemRequired');
    case 'type':
      return t('dataProblemType', a, b);
    case 'email':
      return t('dataProblemEmail');
    case 'url':
      return t('dataProblemUrl');
    case 'date':
      return t('dataProblemDate');
    case 'time-range':
      return t('dataProblemTimeRange');
    case 'encoding':
      return a.startsWith('utf-16') ? t('dataProblemUtf16', a.toUpperCase()) : t('dataProblemNotUtf8', a);
    case 'too-long':
      return t('dataProblemTooLong', a);
    case 'too-small':
      return t('dataProblemTooSmall', a);
    case 'value':
      return t('dataProblemValue', a);
    case 'unreadable':
      return t('dataProblemUnreadable', a);
    case 'duplicate':
      return t('dataProblemDuplicate', a);
    case 'repeated':
      return t('dataProblemRepeated', a);
    case 'unknown-lead':
      return t('dataProblemUnknownLead');
    case 'quotes':
      return t('dataProblemQuotes');
    case 'columns':
      return t('dataProblemColumns', a, b);
    case 'conflict':
      return t('dataProblemConflict', a);
    default:
      return describeProblem(p);
  }
}

export function backupIssueText(issue: BackupFileIssue): string {
  const texts: Record<BackupFileIssue, MessageKey> = {
    'too-large': 'dataBackupTooLarge',
    empty: 'dataBackupEmpty',
    encoding: 'dataBackupEncoding',
    'not-json': 'dataBackupNotJson',
    'not-backup': 'dataBackupNotBackup',
    'newer-version': 'dataBackupNewer',
    invalid: 'dataBackupInvalid',
  };
  return t(texts[issue]);
}

/** A failed write, said so the rep knows what to do; the database was left as it was. */
export function writeErrorText(err: unknown): string {
  const kind = storageErrorKind(err);
  if (kind === 'quota') return t('dataErrorQuota');
  if (kind === 'duplicate') return t('dataErrorDuplicate');
  return t('dataErrorOther', err instanceof Error ? err.message : String(err));
}

export const FIELD_LABEL: Record<CsvField, MessageKey> = {
  id: 'dataFieldId',
  name: 'dataFieldName',
  firstName: 'dataFieldFirstName',
  lastName: 'dataFieldLastName',
  email: 'dataFieldEmail',
  company: 'dataFieldCompany',
  headline: 'dataFieldHeadline',
  location: 'dataFieldLocation',
  linkedinUrl: 'dataFieldLinkedinUrl',
  website: 'dataFieldWebsite',
  source: 'dataFieldSource',
  stage: 'dataFieldStage',
  status: 'dataFieldStatus',
  lostReason: 'dataFieldLostReason',
  value: 'dataFieldValue',
  currency: 'dataFieldCurrency',
  nextStep: 'dataFieldNextStep',
  nextStepDue: 'dataFieldNextStepDue',
  notes: 'dataFieldNotes',
  kind: 'dataFieldKind',
};

/** Numbers in the rep's format: 12,345 or 12.345. */
export const fmt = (n: number) => n.toLocaleString(document.documentElement.lang || undefined);
